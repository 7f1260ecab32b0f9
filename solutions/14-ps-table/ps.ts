// Exercise 14, reference solution.

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

export interface PsContainer {
  id: string;
  image: string;
  command: string;
  name: string;
  state: 'created' | 'running' | 'paused' | 'exited';
  exitCode: number;
  ports: PortBinding[];
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
}

export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(seconds / 60);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(ms / 3_600_000 / 24 / 365)} years`;
}

export function formatCommand(command: string): string {
  const chars = [...command];
  const short = chars.length > 20 ? `${chars.slice(0, 19).join('')}…` : command;
  return JSON.stringify(short);
}

export function formatStatus(c: PsContainer, now: number): string {
  switch (c.state) {
    case 'created':
      return 'Created';
    case 'exited':
      return `Exited (${c.exitCode}) ${humanDuration(now - (c.finishedAt ?? now))} ago`;
    case 'running':
    case 'paused':
      return `Up ${humanDuration(now - (c.startedAt ?? now))}${c.state === 'paused' ? ' (Paused)' : ''}`;
  }
}

export function formatPorts(ports: readonly PortBinding[]): string {
  return ports
    .map((p) => `${p.hostIp.includes(':') ? `[${p.hostIp}]` : p.hostIp}:${p.hostPort}->${p.containerPort}/${p.protocol}`)
    .join(', ');
}

/** Go's text/tabwriter as the docker CLI sets it up: min width 10, padding 3, last column unpadded. */
function tabulate(rows: string[][]): string {
  const widths = rows[0]!.map((_, col) => Math.max(10, ...rows.map((r) => [...r[col]!].length + 3)));
  return rows
    .map((r) => r.map((cell, col) => (col === r.length - 1 ? cell : cell + ' '.repeat(widths[col]! - [...cell].length))).join(''))
    .map((line) => `${line}\n`)
    .join('');
}

export function formatPs(containers: readonly PsContainer[], now: number, options: { all: boolean }): string {
  const shown = containers
    .filter((c) => options.all || c.state === 'running' || c.state === 'paused')
    .sort((a, b) => b.createdAt - a.createdAt);
  const header = ['CONTAINER ID', 'IMAGE', 'COMMAND', 'CREATED', 'STATUS', 'PORTS', 'NAMES'];
  const rows = shown.map((c) => [
    c.id.slice(0, 12),
    c.image,
    formatCommand(c.command),
    `${humanDuration(now - c.createdAt)} ago`,
    formatStatus(c, now),
    formatPorts(c.ports),
    c.name,
  ]);
  return tabulate([header, ...rows]);
}

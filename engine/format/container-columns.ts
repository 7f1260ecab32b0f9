// The ps columns that need rules: STATUS (moby State.String), PORTS, COMMAND.
import type { Container } from '../model/container';
import type { PortBinding } from '../types';
import { ago, humanDuration } from './duration';
import { shortId } from '../model/digest';
import { ellipsis, goQuote, joinHostPort } from './text';
import { familiarName, parseReference } from '../model/reference';

export function statusText(c: Container, now: number): string {
  if (c.running) {
    if (c.paused) return `Up ${humanDuration(now - (c.startedAt ?? now))} (Paused)`;
    if (c.restarting) return `Restarting (${c.exitCode}) ${ago(now - (c.finishedAt ?? now))}`;
    return `Up ${humanDuration(now - (c.startedAt ?? now))}`;
  }
  if (c.removing) return 'Removal In Progress';
  if (c.dead) return 'Dead';
  if (c.startedAt === null) return 'Created';
  return `Exited (${c.exitCode}) ${ago(now - (c.finishedAt ?? now))}`;
}

/** One entry of the daemon's port list: exposed-only ports have no IP. */
interface PortSummary {
  ip?: string;
  privatePort: number;
  publicPort?: number;
  type: string;
}

/** netip.Addr.Less for the addresses the kit binds: IPv4 (numerically) before IPv6. */
function ipOrder(ip: string): [number, string] {
  if (!ip.includes(':'))
    return [
      0,
      ip
        .split('.')
        .map((o) => o.padStart(3, '0'))
        .join('.'),
    ];
  return [1, ip];
}

function comparePorts(a: PortSummary, b: PortSummary): number {
  if (a.privatePort !== b.privatePort) return a.privatePort - b.privatePort;
  if ((a.ip ?? '') !== (b.ip ?? '')) {
    if (a.ip === undefined || b.ip === undefined) return a.ip === undefined ? -1 : 1;
    const [fa, ka] = ipOrder(a.ip);
    const [fb, kb] = ipOrder(b.ip);
    return fa !== fb ? fa - fb : ka < kb ? -1 : 1;
  }
  if ((a.publicPort ?? 0) !== (b.publicPort ?? 0)) return (a.publicPort ?? 0) - (b.publicPort ?? 0);
  return a.type < b.type ? -1 : a.type > b.type ? 1 : 0;
}

/**
 * The CLI's DisplayablePorts: sorted by container port, then IP; ports published on the same host
 * port (and exposed-only ones) are grouped into ranges ("0.0.0.0:8080-8081->8080-8081/tcp"), and
 * mappings to another host port come last. Docker 29 binds 0.0.0.0 and [::] for each -p.
 */
export function portsText(c: Container): string {
  if (!c.running) return '';
  const exposed = Object.keys(c.image.config.config.ExposedPorts ?? {});
  const ports: PortSummary[] = c.ports.flatMap((p: PortBinding) =>
    (p.hostIp === '0.0.0.0' ? ['0.0.0.0', '::'] : [p.hostIp]).map((ip) => ({
      ip,
      privatePort: p.containerPort,
      publicPort: p.hostPort,
      type: p.protocol,
    })),
  );
  for (const e of exposed) {
    if (c.ports.some((p) => `${p.containerPort}/${p.protocol}` === e)) continue;
    const [port, type = 'tcp'] = e.split('/') as [string, string?];
    ports.push({ privatePort: Number(port), type });
  }
  ports.sort(comparePorts);
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  const formGroup = (key: string, first: number, last: number) => {
    const slash = key.lastIndexOf('/');
    const [ip, type] = slash === -1 ? ['', key] : [key.slice(0, slash), key.slice(slash + 1)];
    const range = first === last ? `${first}` : `${first}-${last}`;
    return `${ip ? `${joinHostPort(ip, range)}->${range}` : range}/${type}`;
  };
  for (const p of ports) {
    let key = p.type;
    if (p.ip !== undefined) {
      if (p.publicPort !== p.privatePort) {
        hostMappings.push(`${joinHostPort(p.ip, String(p.publicPort))}->${p.privatePort}/${p.type}`);
        continue;
      }
      key = `${p.ip}/${p.type}`;
    }
    const group = groups.get(key);
    if (!group) groups.set(key, { first: p.privatePort, last: p.privatePort });
    else if (p.privatePort === group.last + 1) group.last = p.privatePort;
    else {
      result.push(formGroup(key, group.first, group.last));
      // Go re-inserts into its map, so the key keeps its first-seen place in the final loop.
      groups.set(key, { first: p.privatePort, last: p.privatePort });
    }
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}

/** moby daemon/list.go: Path, then the args, each one holding a space wrapped in single quotes. */
export function commandText(c: Container, truncate: boolean): string {
  const [path = '', ...args] = c.argv();
  const cmd = args.length ? `${path} ${args.map((a) => (a.includes(' ') ? `'${a}'` : a)).join(' ')}` : path;
  return goQuote(truncate ? ellipsis(cmd, 20) : cmd);
}

/**
 * ps's IMAGE column (cli formatter ContainerContext.Image): truncated, an image ID prints as its
 * 12-character short form and a reference in familiar form with the digest dropped and the tag
 * kept only if one was given ("docker.io/library/nginx" → "nginx", "nginx@sha256:…" → "nginx").
 */
export function imageText(configImage: string, imageId: string, truncate: boolean): string {
  if (!truncate) return configImage;
  if (shortId(configImage) === shortId(imageId)) return shortId(imageId);
  try {
    const ref = parseReference(configImage);
    return familiarName(ref) + (ref.defaultedTag || ref.tag === undefined ? '' : `:${ref.tag}`);
  } catch {
    return configImage;
  }
}

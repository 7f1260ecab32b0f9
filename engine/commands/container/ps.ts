import type { CommandSpec } from '../../cli/spec';
import { commandText, imageText, portsText, statusText } from '../../format/container-columns';
import { ago } from '../../format/duration';
import { psSizeColumn } from '../../format/size';
import { renderTable } from '../../format/table';
import { applyFormat, resolveFormat, tableFormat, type Row } from '../../format/template';
import { shortId } from '../../model/digest';
import type { Container } from '../../model/container';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID', Image: 'IMAGE', Command: 'COMMAND', RunningFor: 'CREATED', CreatedAt: 'CREATED AT', Status: 'STATUS',
  Ports: 'PORTS', Names: 'NAMES', Size: 'SIZE', State: 'STATE', Label: 'LABEL', Labels: 'LABELS', Mounts: 'MOUNTS', Networks: 'NETWORKS',
};

/** moby daemon/list.go acceptedPsFilterTags, and the states a status filter may name. */
const PS_FILTER_KEYS = new Set(['ancestor', 'before', 'expose', 'exited', 'health', 'id', 'isolation', 'is-task', 'label', 'name', 'network', 'publish', 'since', 'status', 'volume']);
const STATES = new Set(['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead']);

/** The daemon validates every filter before it lists anything, so an empty host still reports a bad one. */
function validateFilters(filters: string[]): void {
  for (const f of filters) {
    const [key, value = ''] = f.split('=', 2) as [string, string?];
    if (!PS_FILTER_KEYS.has(key)) throw new CliError(msg.invalidFilter(key), 1);
    if (key === 'status' && !STATES.has(value)) throw new CliError(msg.invalidFilter(`status=${value}`), 1);
  }
}

function matches(c: Container, filters: string[]): boolean {
  return filters.every((f) => {
    const [key, value = ''] = f.split('=', 2) as [string, string?];
    if (key === 'status') return c.state() === value;
    if (key === 'name') return c.name.includes(value);
    if (key === 'id') return c.id.startsWith(value);
    if (key === 'ancestor') return c.imageRef === value || c.image.id.includes(value.replace(/^sha256:/, ''));
    if (key === 'exited') return !c.running && c.startedAt !== null && String(c.exitCode) === value;
    throw new CliError(msg.invalidFilter(key), 1);
  });
}

export const ps: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS]',
  description: 'List containers',
  aliases: ['docker container ls', 'docker container list', 'docker container ps', 'docker ps'],
  common: 3,
  args: { max: 0 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Show all containers (default shows just running)' },
    { long: 'filter', short: 'f', kind: 'list', valueName: 'filter', description: 'Filter output based on conditions provided' },
    { long: 'format', kind: 'string', description: 'Format output using a custom template' },
    { long: 'last', short: 'n', kind: 'int', description: 'Show n last created containers (includes all states)', default: '-1' },
    { long: 'latest', short: 'l', kind: 'bool', description: 'Show the latest created container (includes all states)' },
    { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Only display container IDs' },
    { long: 'size', short: 's', kind: 'bool', description: 'Display total file sizes' },
  ],
  execute(args, ctx) {
    const now = ctx.daemon.now();
    const last = args.bool('latest') ? 1 : args.int('last') ?? -1;
    const filters = args.list('filter');
    validateFilters(filters);
    let list = [...ctx.daemon.containers.values()].reverse(); // newest first
    if (last > -1) list = list.slice(0, last);
    else if (!args.bool('all') && !filters.some((f) => f.startsWith('status='))) list = list.filter((c) => c.running);
    list = list.filter((c) => matches(c, filters));
    const noTrunc = args.bool('no-trunc');
    if (args.bool('quiet')) return { stdout: list.map((c) => (noTrunc ? c.id : shortId(c.id)) + '\n').join(''), stderr: '', exitCode: 0 };
    const rows: Row[] = list.map((c) => ({
      ID: noTrunc ? c.id : shortId(c.id),
      // The name it was created from, unless that name now means another image (moby daemon/list.go).
      Image: imageText(ctx.daemon.findImage(c.imageRef)?.id === c.image.id ? c.imageRef : c.image.id, c.image.id, !noTrunc),
      Command: commandText(c, !noTrunc),
      RunningFor: ago(now - c.created),
      CreatedAt: new Date(c.created).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
      Status: statusText(c, now),
      Ports: portsText(c),
      Names: c.name,
      State: c.state(),
      Size: psSizeColumn(c.fs.sizeRw(), c.image.size),
      // CLI formatter/container.go Labels: "key=value" pairs, sorted, joined by commas.
      Labels: Object.entries(c.config.labels ?? {}).map(([k, v]) => `${k}=${v}`).sort().join(','),
    }));
    const cols = ['ID', 'Image', 'Command', 'RunningFor', 'Status', 'Ports', 'Names', ...(args.bool('size') ? ['Size'] : [])];
    const format = args.string('format');
    if (format) return { stdout: applyFormat(resolveFormat(format, tableFormat(cols)), rows, HEADERS), stderr: '', exitCode: 0 };
    const table = [cols.map((k) => HEADERS[k]!), ...rows.map((r) => cols.map((k) => r[k]!))];
    return { stdout: renderTable(table), stderr: '', exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { commandText, imageText, portsText, statusText } from '../../format/container-columns';
import { ago } from '../../format/duration';
import { psSizeColumn } from '../../format/size';
import { formatList, validateListFormat, type Row, type RowContext } from '../../format/list-format';
import { T } from '../../format/template/index';
import { shortId } from '../../model/digest';
import type { Container } from '../../model/container';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';

const HEADERS: Record<string, string> = {
  ID: 'CONTAINER ID',
  Image: 'IMAGE',
  Command: 'COMMAND',
  RunningFor: 'CREATED',
  CreatedAt: 'CREATED AT',
  Status: 'STATUS',
  Ports: 'PORTS',
  Names: 'NAMES',
  Size: 'SIZE',
  State: 'STATE',
  Labels: 'LABELS',
  Mounts: 'MOUNTS',
  Networks: 'NETWORKS',
  LocalVolumes: 'LOCAL VOLUMES',
  Platform: 'PLATFORM',
  HealthStatus: 'HEALTH STATUS',
};

/** The CLI's row context (cli/command/formatter/container.go ContainerContext): its methods, `{{json .}}`'s keys. */
const PLATFORM = T.ptr({
  kind: 'struct',
  name: 'formatter.Platform',
  fields: { architecture: T.string, os: T.string },
  stringer: (p) => `${p.os}/${p.architecture}`,
});
const CONTEXT: RowContext = {
  type: '*formatter.ContainerContext',
  fields: [
    'Command',
    'CreatedAt',
    'HealthStatus',
    'ID',
    'Image',
    'Labels',
    'LocalVolumes',
    'Mounts',
    'Names',
    'Networks',
    'Platform',
    'Ports',
    'RunningFor',
    'Size',
    'State',
    'Status',
  ],
  fieldTypes: { Platform: PLATFORM },
  methods: {
    Label: { params: ['string'], result: T.string, call: (row, name) => (row.labelMap as Record<string, string>)[name as string] ?? '' },
  },
  headers: HEADERS,
};
const DEFAULT_TABLE = 'table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}';
const EMPTY_ROW: Row = {
  Command: '""',
  CreatedAt: '',
  HealthStatus: '',
  ID: '',
  Image: '',
  Labels: '',
  LocalVolumes: '0',
  Mounts: '',
  Names: '',
  Networks: '',
  Platform: null,
  Ports: '',
  RunningFor: '',
  Size: '0B',
  State: '',
  Status: '',
  labelMap: {},
};

/** The container's labels: what `run`/`create` set, else its image's (moby daemon/commit.go merge). */
function labelsOf(c: Container): Record<string, string> {
  return c.config.labels ?? c.image.config.config.Labels ?? {};
}

/** moby daemon/list.go acceptedPsFilterTags, and the states a status filter may name. */
const PS_FILTER_KEYS = new Set([
  'ancestor',
  'before',
  'expose',
  'exited',
  'health',
  'id',
  'isolation',
  'is-task',
  'label',
  'name',
  'network',
  'publish',
  'since',
  'status',
  'volume',
]);
const STATES = new Set(['created', 'restarting', 'running', 'removing', 'paused', 'exited', 'dead']);

/** The daemon validates every filter before it lists anything, so an empty host still reports a bad one. */
function validateFilters(filters: string[]): void {
  for (const f of filters) {
    const [key, value = ''] = f.split('=', 2) as [string, string?];
    if (!PS_FILTER_KEYS.has(key)) throw new CliError(msg.invalidFilter(key), 1);
    if (key === 'status' && !STATES.has(value)) throw new CliError(msg.invalidStatusFilter(value), 1);
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
    const last = args.bool('latest') ? 1 : (args.int('last') ?? -1);
    const filters = args.list('filter');
    validateFilters(filters);
    let list = [...ctx.daemon.containers.values()].reverse(); // newest first
    if (last > -1) list = list.slice(0, last);
    else if (!args.bool('all') && !filters.some((f) => f.startsWith('status='))) list = list.filter((c) => c.running);
    list = list.filter((c) => matches(c, filters));
    const noTrunc = args.bool('no-trunc');
    const custom = args.string('format') ?? '';
    const quiet = args.bool('quiet');
    const stderr = custom && quiet ? msg.ignoringCustomFormat() + '\n' : '';
    // The CLI parses and runs the raw --format once before it lists (container/list.go).
    if (custom) validateListFormat(custom, CONTEXT, EMPTY_ROW);
    // formatter.NewContainerFormat: -q wins over any format; only the IDs, so no row is built.
    if (quiet) return { stdout: list.map((c) => (noTrunc ? c.id : shortId(c.id)) + '\n').join(''), stderr, exitCode: 0 };
    // The daemon computes sizes when --size is given or the template uses .Size ({{json .}} calls every method).
    const withSize = args.bool('size') || custom === 'json' || /\.Size\b|json\s+\.\s*(\||\}\}|\))/.test(custom);
    const rows: Row[] = list.map((c) => {
      const labelMap = labelsOf(c);
      return {
        Command: commandText(c, !noTrunc),
        CreatedAt: new Date(c.created)
          .toISOString()
          .replace('T', ' ')
          .replace(/\.\d+Z$/, ' +0000 UTC'),
        HealthStatus: '',
        ID: noTrunc ? c.id : shortId(c.id),
        // The name it was created from, unless that name now means another image (moby daemon/list.go).
        Image: imageText(ctx.daemon.findImage(c.imageRef)?.id === c.image.id ? c.imageRef : c.image.id, c.image.id, !noTrunc),
        Labels: Object.entries(labelMap)
          .map(([k, v]) => `${k}=${v}`)
          .sort()
          .join(','),
        LocalVolumes: '0',
        Mounts: '',
        Names: c.name,
        Networks: 'bridge',
        Platform: { architecture: c.image.config.architecture, os: c.image.config.os },
        Ports: portsText(c),
        RunningFor: ago(now - c.created),
        Size: withSize ? psSizeColumn(c.fs.sizeRw(), c.image.size) : '0B',
        State: c.state(),
        Status: statusText(c, now),
        labelMap,
      };
    });
    // "table" (or none) is the default table.
    const format = custom === '' || custom === 'table' ? DEFAULT_TABLE + (withSize ? '\t{{.Size}}' : '') : custom;
    return { stdout: formatList(format, rows, CONTEXT), stderr, exitCode: 0 };
  },
};

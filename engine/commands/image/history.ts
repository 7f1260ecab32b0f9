import type { CommandSpec } from '../../cli/spec';
import { ago } from '../../format/duration';
import { humanSize } from '../../format/size';
import { formatList, type Row, type RowContext } from '../../format/list-format';
import { ellipsis } from '../../format/text';
import { shortId } from '../../model/digest';
import type { Image } from '../../model/image';

/** The CLI's default (cli/command/image/formatter_history.go) and its column headers. */
const DEFAULT_FORMAT = 'table {{.ID}}\t{{.CreatedSince}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const NON_HUMAN_FORMAT = 'table {{.ID}}\t{{.CreatedAt}}\t{{.CreatedBy}}\t{{.Size}}\t{{.Comment}}';
const HEADERS: Record<string, string> = {
  ID: 'IMAGE',
  CreatedSince: 'CREATED',
  CreatedAt: 'CREATED AT',
  CreatedBy: 'CREATED BY',
  Size: 'SIZE',
  Comment: 'COMMENT',
};
const CONTEXT: RowContext = {
  type: '*image.historyContext',
  fields: ['Comment', 'CreatedAt', 'CreatedBy', 'CreatedSince', 'ID', 'Size'],
  headers: HEADERS,
};

/** Go's time.Unix(s, 0).Format(time.RFC3339) in UTC: whole seconds, "Z". */
const rfc3339 = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');

export const history: CommandSpec = {
  name: 'history',
  usage: '[OPTIONS] IMAGE',
  description: 'Show the history of an image',
  aliases: ['docker image history', 'docker history'],
  args: { min: 1, max: 1 },
  flags: [
    { long: 'format', kind: 'string', description: 'Format output using a custom template' },
    { long: 'human', short: 'H', kind: 'bool', description: 'Print sizes and dates in human readable format', default: 'true' },
    { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Only show image IDs' },
  ],
  execute(args, ctx) {
    const input = args.positional[0]!;
    const image = ctx.daemon.getImage(input);
    const now = ctx.daemon.now();
    const noTrunc = args.bool('no-trunc');
    const human = args.has('human') ? args.bool('human') : true;
    // Row i shows the ID of the i-th image up the chain of labelled parents (commits), as far as
    // those images are still here; every other row is <missing> (daemon/containerd/image_history.go).
    const ids: string[] = [];
    for (let at: Image | undefined = image; at; at = at.labelledParent ? ctx.daemon.images.get(at.labelledParent) : undefined)
      ids.push(at.id);
    let layerIndex = image.layers.length - 1;
    const rows: Row[] = [...image.config.history].reverse().map((h, i) => {
      const size = h.empty_layer ? 0 : (image.layers[layerIndex--]?.size ?? 0);
      const created = Date.parse(h.created);
      const createdBy = h.created_by.replace(/\t/g, ' ');
      return {
        ID: ids[i] ? (noTrunc ? ids[i]! : shortId(ids[i]!)) : '<missing>',
        CreatedSince: human ? ago(now - created) : rfc3339(created),
        CreatedAt: rfc3339(created),
        CreatedBy: noTrunc ? createdBy : ellipsis(createdBy, 45),
        Size: human ? humanSize(size) : String(size),
        Comment: h.comment ?? '',
      };
    });
    // image/formatter_history.go newHistoryFormat: -q and -H=false choose among the default tables only.
    const custom = args.string('format') || 'table';
    const format = custom !== 'table' ? custom : args.bool('quiet') ? '{{.ID}}' : human ? DEFAULT_FORMAT : NON_HUMAN_FORMAT;
    return { stdout: formatList(format, rows, CONTEXT), stderr: '', exitCode: 0 };
  },
};

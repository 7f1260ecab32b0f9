import type { CommandSpec } from '../../cli/spec';
import { ago } from '../../format/duration';
import { humanSize } from '../../format/size';
import { renderTable } from '../../format/table';
import { ellipsis, shortId } from '../../format/text';
import { requireImage } from './lookup';

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
    const image = requireImage(ctx.state, input);
    const now = ctx.state.now();
    const noTrunc = args.bool('no-trunc');
    let layerIndex = image.layers.length - 1;
    const rows = [...image.config.history].reverse().map((h, i) => {
      const size = h.empty_layer ? 0 : image.layers[layerIndex--]?.size ?? 0;
      const id = i === 0 ? (noTrunc ? image.id : shortId(image.id)) : '<missing>';
      const createdBy = h.created_by.replace(/\t/g, ' ');
      return [id, ago(now - Date.parse(h.created)), noTrunc ? createdBy : ellipsis(createdBy, 45), humanSize(size), h.comment ?? ''];
    });
    if (args.bool('quiet')) return { stdout: rows.map((r) => r[0] + '\n').join(''), stderr: '', exitCode: 0 };
    return { stdout: renderTable([['IMAGE', 'CREATED', 'CREATED BY', 'SIZE', 'COMMENT'], ...rows]), stderr: '', exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { humanSize4 } from '../../format/size';
import { confirmThen } from '../confirm';
import { imageSubject, pruneFilter } from '../prune-filter';

export const imagePrune: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  description: 'Remove unused images',
  aliases: ['docker image prune'],
  args: { max: 0 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused images, not just dangling ones' },
    { long: 'filter', kind: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
  ],
  execute(args, ctx) {
    // Checked before the question (the daemon would answer after it), so the answer can act at once.
    const filter = pruneFilter(args.list('filter'), ctx.daemon.now());
    if ('error' in filter) return { stdout: '', stderr: filter.error + '\n', exitCode: 1 };
    const all = args.bool('all');
    const warning = all
      ? 'WARNING! This will remove all images without at least one container associated to them.'
      : 'WARNING! This will remove all dangling images.';
    return confirmThen(
      ctx,
      args.bool('force'),
      warning,
      '' /* the CLI's cancelledErr prints nothing, exit 0 (cmd/docker/docker.go) */,
      () => {
        const state = ctx.daemon;
        const lines: string[] = [];
        let reclaimed = 0;
        for (const image of [...state.images.values()]) {
          if (state.containersOf(image.id).length > 0) continue;
          const tags = state.tagsOf(image.id);
          if ((!all && tags.length > 0) || !filter(imageSubject(image))) continue;
          // Layers shared with a remaining image are not reclaimed.
          const kept = new Set([...state.images.values()].filter((i) => i !== image).flatMap((i) => i.layers.map((l) => l.digest)));
          reclaimed += image.layers.filter((l) => !kept.has(l.digest)).reduce((sum, l) => sum + l.size, 0);
          lines.push(...tags.map((t) => `untagged: ${t}`), `deleted: ${image.id}`);
          state.removeImage(image.id);
        }
        const listing = lines.length ? `Deleted Images:\n${lines.map((l) => l + '\n').join('')}\n` : '';
        return { stdout: `${listing}Total reclaimed space: ${humanSize4(reclaimed)}\n`, stderr: '', exitCode: 0 };
      },
    );
  },
};

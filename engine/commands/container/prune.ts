import type { CommandSpec } from '../../cli/spec';
import { humanSize4 } from '../../format/size';
import { confirmThen } from '../confirm';
import { pruneFilter } from '../prune-filter';

export const containerPrune: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  description: 'Remove all stopped containers',
  aliases: ['docker container prune'],
  args: { max: 0 },
  flags: [
    { long: 'filter', kind: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "until=<timestamp>")' },
    { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
  ],
  execute(args, ctx) {
    // Checked before the question (the daemon would answer after it), so the answer can act at once.
    const filter = pruneFilter(args.list('filter'), ctx.daemon.now());
    if ('error' in filter) return { stdout: '', stderr: filter.error + '\n', exitCode: 1 };
    return confirmThen(
      ctx,
      args.bool('force'),
      'WARNING! This will remove all stopped containers.',
      '' /* the CLI's cancelledErr prints nothing, exit 0 (cmd/docker/docker.go) */,
      () => {
        // A container's labels are its image's (the kit has no --label).
        const removed = [...ctx.daemon.containers.values()].filter(
          (c) => !c.running && filter({ created: c.created, labels: c.image.config.config.Labels ?? {} }),
        );
        let reclaimed = 0;
        for (const c of removed) {
          reclaimed += c.fs.sizeRw();
          ctx.daemon.removeContainer(c);
        }
        const listing = removed.length ? `Deleted Containers:\n${removed.map((c) => c.id + '\n').join('')}\n` : '';
        return { stdout: `${listing}Total reclaimed space: ${humanSize4(reclaimed)}\n`, stderr: '', exitCode: 0 };
      },
    );
  },
};

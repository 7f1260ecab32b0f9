// `docker volume prune` (docker/cli v29.7.2 cli/command/volume/prune.go): since API 1.42 only
// anonymous volumes go unless --all; volumes a container (running or not) mounts stay.
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { humanSize4 } from '../../format/size';
import { confirmThen } from '../confirm';

export const volumePrune: CommandSpec = {
  name: 'prune',
  usage: '[OPTIONS]',
  description: 'Remove unused local volumes',
  aliases: ['docker volume prune'],
  args: { max: 0 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Remove all unused volumes, not just anonymous ones' },
    { long: 'filter', kind: 'list', valueName: 'filter', description: 'Provide filter values (e.g. "label=<label>")' },
    { long: 'force', short: 'f', kind: 'bool', description: 'Do not prompt for confirmation' },
  ],
  execute(args, ctx) {
    const all = args.bool('all');
    if (all && args.list('filter').some((f) => /^all=/.test(f))) throw new CliError(msg.volumePruneAllConflict(), 1);
    return confirmThen(ctx, args.bool('force'), msg.volumePruneWarning(all), msg.pruneCancelled('volume'), () => {
      const gone = ctx.daemon.pruneVolumes(all);
      const reclaimed = gone.reduce((s, v) => s + v.size(), 0);
      const listing = gone.length ? `Deleted Volumes:\n${gone.map((v) => v.name + '\n').join('')}\n` : '';
      return { stdout: `${listing}Total reclaimed space: ${humanSize4(reclaimed)}\n`, stderr: '', exitCode: 0 };
    });
  },
};

import type { CommandSpec } from '../../cli/spec';
import { msg } from '../../errors/messages';
import { humanSize4 } from '../../format/size';
import { confirmThen } from '../confirm';

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
    return confirmThen(ctx, args.bool('force'), 'WARNING! This will remove all stopped containers.', msg.pruneCancelled('container'), () => {
      const removed = [...ctx.state.containers.values()].filter((c) => !c.running);
      let reclaimed = 0;
      for (const c of removed) {
        reclaimed += c.fs.sizeRw();
        ctx.state.removeContainer(c);
      }
      if (removed.length) ctx.state.touch();
      const listing = removed.length ? `Deleted Containers:\n${removed.map((c) => c.id + '\n').join('')}\n` : '';
      return { stdout: `${listing}Total reclaimed space: ${humanSize4(reclaimed)}\n`, stderr: '', exitCode: 0 };
    });
  },
};

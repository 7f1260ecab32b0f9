import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { eachContainer } from './each';

export const pause: CommandSpec = {
  name: 'pause',
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Pause all processes within one or more containers',
  aliases: ['docker container pause', 'docker pause'],
  args: { min: 1 },
  flags: [],
  execute(args, ctx) {
    return eachContainer(args.positional, ctx, (c) => {
      if (!c.running) throw new CliError(msg.notRunning(c.id), 1);
      if (c.paused) throw new CliError(msg.alreadyPaused(c.id), 1);
      c.paused = true;
    });
  },
};

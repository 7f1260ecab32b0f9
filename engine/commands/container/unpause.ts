import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { eachContainer } from './each';

export const unpause: CommandSpec = {
  name: 'unpause',
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Unpause all processes within one or more containers',
  aliases: ['docker container unpause', 'docker unpause'],
  args: { min: 1 },
  flags: [],
  execute(args, ctx) {
    return eachContainer(args.positional, ctx, (c) => {
      if (!c.paused) throw new CliError(msg.notPaused(c.id), 1);
      c.paused = false;
    });
  },
};

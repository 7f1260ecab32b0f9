import type { CommandSpec } from '../../cli/spec';
import { eachContainer } from './each';

export const unpause: CommandSpec = {
  name: 'unpause',
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Unpause all processes within one or more containers',
  aliases: ['docker container unpause', 'docker unpause'],
  args: { min: 1 },
  flags: [],
  execute(args, ctx) {
    return eachContainer(args.positional, (input) => ctx.daemon.unpause(input));
  },
};

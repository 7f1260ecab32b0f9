import type { CommandSpec } from '../../cli/spec';
import { eachContainer } from './each';

export const pause: CommandSpec = {
  name: 'pause',
  usage: 'CONTAINER [CONTAINER...]',
  description: 'Pause all processes within one or more containers',
  aliases: ['docker container pause', 'docker pause'],
  args: { min: 1 },
  flags: [],
  execute(args, ctx) {
    return eachContainer(args.positional, (input) => ctx.daemon.pause(input));
  },
};

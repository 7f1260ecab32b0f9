import type { CommandSpec } from '../../cli/spec';
import { eachContainer } from './each';
import { stopFlags } from './stop';

export const restart: CommandSpec = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Restart one or more containers',
  aliases: ['docker container restart', 'docker restart'],
  args: { min: 1 },
  flags: stopFlags,
  execute(args, ctx) {
    const options = { signal: args.string('signal'), timeout: args.int('timeout') };
    return eachContainer(args.positional, (input) => ctx.daemon.restart(input, options));
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DAEMON } from '../../errors/messages';
import { startProcess } from '../../runtime/process';
import { eachContainer } from './each';
import { stopSignalOf, stopWith } from './signals';
import { stopFlags } from './stop';

export const restart: CommandSpec = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Restart one or more containers',
  aliases: ['docker container restart', 'docker restart'],
  args: { min: 1 },
  flags: stopFlags,
  execute(args, ctx) {
    return eachContainer(args.positional, ctx, (c) => {
      stopWith(ctx.state, c, stopSignalOf(c, args.string('signal')), args.int('timeout'));
      try {
        startProcess(ctx.state, c);
      } catch (e) {
        if (e instanceof CliError) throw new CliError(e.text.startsWith(DAEMON) ? e.text : DAEMON + e.text, 1);
        throw e;
      }
    });
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DAEMON } from '../../errors/messages';
import { startProcess, stopProcess } from '../../runtime/process';
import { eachContainer } from './each';

export const restart: CommandSpec = {
  name: 'restart',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Restart one or more containers',
  aliases: ['docker container restart', 'docker restart'],
  args: { min: 1 },
  flags: [
    { long: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' },
    { long: 'timeout', short: 't', kind: 'int', description: 'Seconds to wait before killing the container' },
  ],
  execute(args, ctx) {
    return eachContainer(args.positional, ctx, (c) => {
      stopProcess(ctx.state, c, 'stop');
      try {
        startProcess(ctx.state, c);
      } catch (e) {
        if (e instanceof CliError) throw new CliError(e.text.startsWith(DAEMON) ? e.text : DAEMON + e.text, 1);
        throw e;
      }
    });
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { stopProcess } from '../../runtime/process';
import { eachContainer } from './each';

export const kill: CommandSpec = {
  name: 'kill',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Kill one or more running containers',
  aliases: ['docker container kill', 'docker kill'],
  args: { min: 1 },
  flags: [{ long: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' }],
  execute(args, ctx) {
    return eachContainer(args.positional, ctx, (c) => {
      if (!c.running) throw new CliError(msg.notRunning(c.id), 1);
      stopProcess(ctx.state, c, 'kill');
      if (c.config.autoRemove) ctx.state.removeContainer(c);
    });
  },
};

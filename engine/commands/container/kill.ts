import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { eachContainer } from './each';
import { deliver, parseSignal } from './signals';

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
      // A signal the process ignores still counts as sent: kill succeeds and echoes the name.
      if (deliver(ctx.state, c, parseSignal(args.string('signal') ?? 'KILL')) && c.config.autoRemove) ctx.state.removeContainer(c);
    });
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DaemonError, ProcessNotStartable } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import { ordered, out } from '../../output';
import { renderLogTime } from '../../registry/catalog';
import { createContainer, createFlags } from './create-core';

export const run: CommandSpec = {
  name: 'run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  aliases: ['docker container run', 'docker run'],
  common: 1,
  args: { min: 1 },
  interspersed: false,
  flags: createFlags,
  execute(args, ctx) {
    const { container, prelude } = createContainer(args, ctx);
    const detach = args.bool('detach');
    // -d prints the ID before starting, so a failed start still shows it (CLI run.go).
    // Exit codes as run.go toStatusError: 126 cannot invoke, 127 not found, 125 any other daemon error.
    const idLine = detach ? `${container.id}\n` : '';
    let outcome;
    try {
      outcome = ctx.daemon.startCreated(container);
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      throw new CliError(msg.runFailed(daemonText(e), ctx.path), e instanceof ProcessNotStartable ? e.exitCode : 125, [...prelude, out(idLine)]);
    }
    if (detach) return ordered([...prelude, out(idLine)], 0);
    if (!outcome.exited && container.config.tty && container.config.interactive) {
      const shell = container.argv()[0] ?? 'sh';
      ctx.daemon.attach({ id: container.id, main: true, shell: shell.slice(shell.lastIndexOf('/') + 1) });
      return ordered(prelude, 0);
    }
    if (!outcome.exited) {
      // Attached to a long-running service: show what it logged at start-up and give the prompt
      // back (the terminal cannot block); the container keeps running, as after a detach.
      const logs = container.logs.flatMap((chunk) => chunk.lines.map((line) => renderLogTime(line, chunk.at)));
      return ordered([...prelude, out(logs.length ? logs.join('\n') + '\n' : '')], 0);
    }
    return ordered([...prelude, ...outcome.output], container.exitCode);
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { renderLogLine, startProcess } from '../../runtime/process';
import { ordered, out } from '../../output';
import { createContainer, createFlags } from './create-core';

export const run: CommandSpec = {
  name: 'run',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create and run a new container from an image',
  aliases: ['docker container run', 'docker run'],
  args: { min: 1 },
  interspersed: false,
  flags: createFlags,
  execute(args, ctx) {
    const { container, prelude } = createContainer(args, ctx);
    const detach = args.bool('detach');
    // -d prints the ID before starting, so a failed start still shows it (docker-facts §1.4).
    // Exit codes as run.go toStatusError: 126 cannot invoke, 127 not found, 125 any other daemon error.
    const idLine = detach ? `${container.id}\n` : '';
    let outcome;
    try {
      outcome = startProcess(ctx.state, container);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      ctx.state.touch();
      const text = e.text.startsWith('Error response') ? e.text : `Error response from daemon: ${e.text}`;
      throw new CliError(msg.runFailed(text, ctx.path), e.exitCode === 126 || e.exitCode === 127 ? e.exitCode : 125, [...prelude, out(idLine)]);
    }
    ctx.state.touch();
    if (outcome.exited && container.config.autoRemove) ctx.state.removeContainer(container);
    if (detach) return ordered([...prelude, out(idLine)], 0);
    if (!outcome.exited && container.config.tty && container.config.interactive) {
      const shell = container.argv()[0] ?? 'sh';
      ctx.state.attached = { id: container.id, main: true, shell: shell.slice(shell.lastIndexOf('/') + 1) };
      return ordered(prelude, 0);
    }
    if (!outcome.exited) {
      // Attached to a long-running service: show what it logged at start-up and give the prompt
      // back (the terminal cannot block); the container keeps running, as after a detach.
      const logs = container.logs.flatMap((chunk) => chunk.lines.map((line) => renderLogLine(line, chunk.at)));
      return ordered([...prelude, out(logs.length ? logs.join('\n') + '\n' : '')], 0);
    }
    return ordered([...prelude, ...outcome.output], container.exitCode);
  },
};

// `docker run` (CLI v29 container/run.go): create as `docker create` does, then one start
// request; -d prints the ID before starting, so a failed start still shows it. What the terminal
// then shows follows -i and -t: a shell with both is entered (its prompt), with -i alone it reads
// lines without a prompt, with -t alone it waits at its prompt on a terminal nobody can type into.
import type { CommandSpec } from '../../cli/spec';
import { behaviourOf } from '../../daemon/process';
import { CliError } from '../../errors/cli-error';
import { DaemonError } from '../../errors/daemon-errors';
import { msg } from '../../errors/messages';
import { utf8Text } from '../../model/host-bytes';
import { ordered, out } from '../../output';
import { renderLogTime } from '../../registry/catalog';
import { sessionPrompt } from '../../shell/prompt';
import { createContainer, createFlags, runError } from './create-core';

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
    // runContainer checks the terminal before anything is created or pulled (cli/command/container/run.go).
    if (!args.bool('detach') && args.bool('interactive') && args.bool('tty') && ctx.stdio?.stdin !== undefined) {
      throw new CliError(msg.stdinNotTerminal(), 1);
    }
    const { container, prelude } = createContainer(args, ctx);
    const idLine = out(args.bool('detach') ? `${container.id}\n` : '');
    let outcome;
    try {
      outcome = ctx.daemon.start(container.id);
    } catch (e) {
      if (e instanceof DaemonError) throw runError(e, ctx.path, [...prelude, idLine]);
      throw e;
    }
    if (args.bool('detach')) return ordered([...prelude, idLine], 0);
    if (outcome.exited) return ordered([...prelude, ...outcome.output], container.exitCode);
    const { tty, interactive } = container.config;
    const shell = behaviourOf(container) === 'shell';
    if (interactive && shell && ctx.stdio?.stdin !== undefined) {
      // `echo ls | docker run -i alpine sh`: the shell reads its script from the pipe and ends at
      // its end, so the terminal never enters the container.
      const result = ctx.daemon.runPipedScript(container, utf8Text(ctx.stdio.stdin));
      return ordered([...prelude, ...result.output], result.exitCode);
    }
    if (interactive && (tty || shell)) {
      ctx.daemon.attachMain(container);
      return ordered(prelude, 0);
    }
    if (tty && shell) return ordered([...prelude, out(sessionPrompt(container, container.config.workingDir || '/'))], 0);
    // Attached to a long-running service: show what it logged at start-up and give the prompt
    // back (the terminal cannot block); the container keeps running, as after a detach.
    const logs = container.logs.flatMap((chunk) => chunk.lines.map((line) => renderLogTime(line, chunk.at)));
    return ordered([...prelude, out(logs.length ? logs.join('\n') + '\n' : '')], 0);
  },
};

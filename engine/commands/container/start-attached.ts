// `docker start -a` / `-ai`: the terminal follows the container's process instead of echoing its
// name. A process that ends prints its output and the command takes its exit code; a shell with
// a TTY started with -i is entered, as `run -it` does; a service prints what it logged at start
// and gives the prompt back (the terminal cannot block; see engine/fidelity.md).
import type { Ctx } from '../../cli/context';
import { CliError } from '../../errors/cli-error';
import { DAEMON, msg } from '../../errors/messages';
import { ordered } from '../../output';
import { renderLogLine, startProcess, type StartOutcome } from '../../runtime/process';
import { setSession } from '../../shell/identity';
import type { CommandResult } from '../../output';

export function startAttached(inputs: string[], interactive: boolean, ctx: Ctx): CommandResult {
  // CLI container/start.go: attaching is to one container only.
  if (inputs.length > 1) throw new CliError(msg.startAttachMultiple(), 1);
  const c = ctx.state.getContainer(inputs[0]!);
  if (c.paused) throw new CliError(msg.startPaused(), 1);
  const logsBefore = c.logs.length;
  let outcome: StartOutcome = { output: [], exited: false };
  if (!c.running) {
    try {
      outcome = startProcess(ctx.state, c);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      throw new CliError(e.text.startsWith(DAEMON) ? e.text : DAEMON + e.text, 1);
    }
  }
  ctx.state.touch();
  if (outcome.exited) {
    const code = c.exitCode;
    if (c.config.autoRemove) ctx.state.removeContainer(c);
    return ordered(outcome.output, code);
  }
  if (interactive && c.config.tty && c.config.interactive) {
    const shell = c.argv()[0] ?? 'sh';
    setSession(c, undefined);
    ctx.state.attached = { id: c.id, main: true, shell: shell.slice(shell.lastIndexOf('/') + 1) };
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  const lines = c.logs.slice(logsBefore).flatMap((chunk) => chunk.lines.map((line) => renderLogLine(line, chunk.at)));
  return { stdout: lines.length ? lines.join('\n') + '\n' : '', stderr: '', exitCode: 0 };
}

// `docker start -a` / `-ai`: the terminal follows the container's process instead of echoing its
// name. A process that ends prints its output and the command takes its exit code; a shell with
// a TTY started with -i is entered, as `run -it` does; a service prints what it logged at start
// and gives the prompt back (the terminal cannot block; see engine/fidelity.md).
import type { Ctx } from '../../cli/context';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { ordered, out, type CommandResult } from '../../output';
import { renderLogTime } from '../../registry/catalog';

export function startAttached(inputs: string[], interactive: boolean, ctx: Ctx): CommandResult {
  // CLI container/start.go: attaching is to one container only.
  if (inputs.length > 1) throw new CliError(msg.startAttachMultiple(), 1);
  const c = ctx.daemon.getContainer(inputs[0]!);
  const logsBefore = c.logs.length;
  const outcome = ctx.daemon.start(inputs[0]!);
  if (outcome.exited) return ordered(outcome.output, c.exitCode);
  if (interactive && c.config.tty && c.config.interactive) {
    ctx.daemon.attachMain(c);
    return ordered([], 0);
  }
  const lines = c.logs.slice(logsBefore).flatMap((chunk) => chunk.lines.map((line) => renderLogTime(line, chunk.at)));
  return ordered([out(lines.length ? lines.join('\n') + '\n' : '')], 0);
}

// start/stop/restart/kill/pause/unpause/rm act on each named container in turn: successes echo
// the argument as typed, failures go to stderr, and any failure makes the exit code 1.
import { CliError } from '../../errors/cli-error';
import type { Ctx } from '../../cli/context';
import type { Container } from '../../model/container';
import type { ExecResult } from '../../types';

export function eachContainer(inputs: string[], ctx: Ctx, action: (c: Container, input: string) => void, options: { ignoreMissing?: boolean; onError?: (input: string) => void } = {}): ExecResult {
  const out: string[] = [];
  const errors: string[] = [];
  for (const input of inputs) {
    try {
      const c = options.ignoreMissing ? ctx.state.findContainer(input) : ctx.state.getContainer(input);
      if (!c) continue;
      action(c, input);
      out.push(input);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      errors.push(e.text);
      options.onError?.(input);
    }
  }
  if (out.length > 0) ctx.state.touch();
  return { stdout: out.map((l) => l + '\n').join(''), stderr: errors.map((l) => l + '\n').join(''), exitCode: errors.length ? 1 : 0 };
}

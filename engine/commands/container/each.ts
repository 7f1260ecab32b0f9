// start/stop/restart/kill/pause/unpause/rm act on each named container in turn: successes echo
// the argument as typed, failures go to stderr, and any failure makes the exit code 1. Most print
// the failures after every success (docker/cli returns errors.Join at the end); start prints each
// failure as it happens (start.go startContainersWithoutAttachments).
import { CliError } from '../../errors/cli-error';
import type { Ctx } from '../../cli/context';
import type { Container } from '../../model/container';
import { err, ordered, out, type CommandResult } from '../../output';
import type { OutputChunk } from '../../types';

export interface EachOptions {
  ignoreMissing?: boolean;
  onError?: (input: string) => void;
  /** Write each failure when it happens instead of after the successes. */
  errorsInPlace?: boolean;
}

export function eachContainer(inputs: string[], ctx: Ctx, action: (c: Container, input: string) => void, options: EachOptions = {}): CommandResult {
  const written: OutputChunk[] = [];
  const errors: OutputChunk[] = [];
  let succeeded = false;
  for (const input of inputs) {
    try {
      const c = options.ignoreMissing ? ctx.state.findContainer(input) : ctx.state.getContainer(input);
      if (!c) continue;
      action(c, input);
      written.push(out(input + '\n'));
      succeeded = true;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      (options.errorsInPlace ? written : errors).push(err(e.text + '\n'));
      options.onError?.(input);
    }
  }
  if (succeeded) ctx.state.touch();
  const failed = errors.length > 0 || written.some((c) => c.stream === 'stderr');
  return ordered([...written, ...errors], failed ? 1 : 0);
}

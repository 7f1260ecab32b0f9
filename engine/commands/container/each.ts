// start/stop/restart/kill/pause/unpause/rm act on each named container in turn: successes echo
// the argument as typed, failures go to stderr, and any failure makes the exit code 1. Most print
// the failures after every success (docker/cli returns errors.Join at the end); start prints each
// failure as it happens (start.go startContainersWithoutAttachments).
import { CliError } from '../../errors/cli-error';
import { DaemonError } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { err, ordered, out, type CommandResult } from '../../output';
import type { OutputChunk } from '../../types';

export interface EachOptions {
  /** A refusal the command does not report (rm -f and a missing container); nothing is echoed either. */
  ignore?: (e: DaemonError) => boolean;
  onError?: (input: string) => void;
  /** Write each failure when it happens instead of after the successes. */
  errorsInPlace?: boolean;
}

/** The words for a failure of one container's request. */
function failureText(e: unknown): string {
  if (e instanceof DaemonError) return daemonText(e);
  if (e instanceof CliError) return e.text;
  throw e;
}

export function eachContainer(inputs: string[], action: (input: string) => void, options: EachOptions = {}): CommandResult {
  const written: OutputChunk[] = [];
  const errors: OutputChunk[] = [];
  for (const input of inputs) {
    try {
      action(input);
      written.push(out(input + '\n'));
    } catch (e) {
      if (e instanceof DaemonError && options.ignore?.(e)) continue;
      (options.errorsInPlace ? written : errors).push(err(failureText(e) + '\n'));
      options.onError?.(input);
    }
  }
  const failed = errors.length > 0 || written.some((c) => c.stream === 'stderr');
  return ordered([...written, ...errors], failed ? 1 : 0);
}

// A failed command: what goes to stderr and the exit code. Commands throw it; the host's
// dispatcher turns it into an ExecResult, so Host.execute itself never throws.
import type { OutputChunk } from '../types';

export class CliError extends Error {
  constructor(
    /** The error's stderr text, without the trailing newline. */
    readonly text: string,
    readonly exitCode: number,
    /** What the command had already written before it failed (`run -d` prints the ID first, a pull its progress). */
    readonly before: readonly OutputChunk[] = [],
  ) {
    super(text);
  }
}

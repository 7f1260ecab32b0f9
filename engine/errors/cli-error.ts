// A failed command: what goes to stderr and the exit code. Commands throw it; the host's
// dispatcher turns it into an ExecResult, so Host.execute itself never throws.
export class CliError extends Error {
  constructor(
    /** The complete stderr text, without the trailing newline. */
    readonly text: string,
    readonly exitCode: number,
    /** stdout already produced before the failure (e.g. `run -d` prints the ID first). */
    readonly stdout = '',
  ) {
    super(text);
  }
}

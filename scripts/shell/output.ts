// Writes one command's result to the terminal: stdout and stderr in the order the engine wrote
// them, a clear-screen only where a screen can be cleared.
import { CLEAR_SCREEN, type ExecResult } from '../../engine/index';

export interface Streams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Whether `out` is a terminal (prompts, clear-screen and the banner are shown only then). */
  tty: boolean;
}

export function writeResult(result: ExecResult, streams: Streams): void {
  if (result.stdout === CLEAR_SCREEN) {
    if (streams.tty) streams.out.write(CLEAR_SCREEN);
    return;
  }
  for (const block of result.output) {
    if (block.text === '') continue;
    (block.stream === 'stdout' ? streams.out : streams.err).write(block.text.endsWith('\n') ? block.text : `${block.text}\n`);
  }
}

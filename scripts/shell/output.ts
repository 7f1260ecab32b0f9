// Writes one command's result to the terminal: stdout and stderr in the order a terminal shows
// them, a clear-screen only where a screen can be cleared.
import { CLEAR_SCREEN, type ExecResult } from '../../engine/index';

export interface Streams {
  out: NodeJS.WritableStream;
  err: NodeJS.WritableStream;
  /** Whether `out` is a terminal (prompts, clear-screen and the banner are shown only then). */
  tty: boolean;
}

interface Block {
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * The engine returns the two streams apart (and, where it knows, `output` in the order written).
 * Without that order: Docker's CLI prints a command's errors after its output, except the pull
 * prelude of `run`/`create` ("Unable to find image … locally", progress), which comes first.
 */
function ordered(result: ExecResult): Block[] {
  const known = (result as ExecResult & { output?: Block[] }).output;
  if (Array.isArray(known)) return known;
  const blocks: Block[] = [
    { stream: 'stdout', text: result.stdout },
    { stream: 'stderr', text: result.stderr },
  ];
  if (result.stderr.startsWith('Unable to find image ')) blocks.reverse();
  return blocks;
}

export function writeResult(result: ExecResult, streams: Streams): void {
  if (result.stdout === CLEAR_SCREEN) {
    if (streams.tty) streams.out.write(CLEAR_SCREEN);
    return;
  }
  for (const block of ordered(result)) {
    if (block.text === '') continue;
    (block.stream === 'stdout' ? streams.out : streams.err).write(block.text.endsWith('\n') ? block.text : `${block.text}\n`);
  }
}

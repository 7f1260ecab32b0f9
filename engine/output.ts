// A command's two streams and the order they were written in. Most docker commands print their
// errors after their output (docker/cli collects them and returns errors.Join last), so a result
// that gives no order means "stdout, then stderr"; those that interleave say so with `output`.
import type { ExecResult, OutputChunk } from './types';

/** What a command or program returns: its streams, and their order when it is not stdout first. */
export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  output?: readonly OutputChunk[];
}

export const out = (text: string): OutputChunk => ({ stream: 'stdout', text });
export const err = (text: string): OutputChunk => ({ stream: 'stderr', text });

/** The writes of a result, in order. */
export function chunksOf(r: CommandResult): OutputChunk[] {
  return r.output ? [...r.output] : [out(r.stdout), err(r.stderr)];
}

/** A result from writes in order: adjacent writes to one stream merge, empty ones go. */
export function ordered(chunks: readonly OutputChunk[], exitCode: number): ExecResult {
  const output: OutputChunk[] = [];
  let stdout = '';
  let stderr = '';
  for (const { stream, text } of chunks) {
    if (text === '') continue;
    if (stream === 'stdout') stdout += text;
    else stderr += text;
    const last = output[output.length - 1];
    if (last?.stream === stream) output[output.length - 1] = { stream, text: last.text + text };
    else output.push({ stream, text });
  }
  return { stdout, stderr, exitCode, output };
}

/** The public shape of any result (a result with `output` came from `ordered` and is one already). */
export function complete(r: CommandResult): ExecResult {
  return r.output ? (r as ExecResult) : ordered(chunksOf(r), r.exitCode);
}

const ends = (text: string) => text === '' || text.endsWith('\n');

/** Each stream ends with a newline when it has any text, as the real CLI's streams do. */
export function terminated(r: CommandResult): ExecResult {
  if (ends(r.stdout) && ends(r.stderr)) return complete(r);
  const chunks = chunksOf(r).filter((c) => c.text !== '');
  for (const stream of ['stdout', 'stderr'] as const) {
    const i = chunks.map((c) => c.stream).lastIndexOf(stream);
    if (i !== -1 && !chunks[i]!.text.endsWith('\n')) chunks[i] = { stream, text: chunks[i]!.text + '\n' };
  }
  return ordered(chunks, r.exitCode);
}

// What the terminal prints is plain text. These helpers decide what a result means for the
// screen (a clear?) and remove terminal control sequences that a text view cannot honour.

import type { ExecResult, OutputChunk } from '../engine/index';

// eslint-disable-next-line no-control-regex -- matching terminal control bytes is the point
const CSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
// eslint-disable-next-line no-control-regex -- as above
const OTHER_CONTROLS = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * A shell `clear` prints ESC[H ESC[2J (ncurses) or a form feed; if the engine's `clear` prints
 * nothing at all, the command text itself decides.
 */
export function clearsScreen(line: string, result: Pick<ExecResult, 'stdout' | 'stderr' | 'exitCode'>): boolean {
  // eslint-disable-next-line no-control-regex -- ESC[2J / ESC[3J are what clear prints
  if (result.stdout.includes('\f') || /\x1b\[[23]J/.test(result.stdout)) return true;
  return result.exitCode === 0 && result.stdout === '' && /^\s*clear\s*$/.test(line);
}

/** Drops escape sequences and control characters other than newline and tab. */
export function printable(text: string): string {
  return text.replace(CSI, '').replace(OTHER_CONTROLS, '');
}

/** The writes of a result in the order the engine made them, made printable (none left empty). */
export function printableOutput(output: readonly OutputChunk[]): OutputChunk[] {
  const blocks: OutputChunk[] = [];
  for (const { stream, text } of output) {
    const shown = printable(text);
    const last = blocks[blocks.length - 1];
    if (shown === '') continue;
    if (last?.stream === stream) blocks[blocks.length - 1] = { stream, text: last.text + shown };
    else blocks.push({ stream, text: shown });
  }
  return blocks;
}

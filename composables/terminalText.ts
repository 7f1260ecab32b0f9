// What the terminal prints is plain text. These helpers decide what a result means for the
// screen (a clear?) and remove terminal control sequences that a text view cannot honour.

import type { ExecResult } from '../engine/types';

const CSI = /\x1b\[[0-9;?]*[A-Za-z]/g;
const OTHER_CONTROLS = /[\x00-\x08\x0b-\x1f\x7f]/g;

/**
 * A shell `clear` prints ESC[H ESC[2J (ncurses) or a form feed; if the engine's `clear` prints
 * nothing at all, the command text itself decides.
 */
export function clearsScreen(line: string, result: ExecResult): boolean {
  if (result.stdout.includes('\f') || /\x1b\[[23]J/.test(result.stdout)) return true;
  return result.exitCode === 0 && result.stdout === '' && /^\s*clear\s*$/.test(line);
}

/** Drops escape sequences and control characters other than newline and tab. */
export function printable(text: string): string {
  return text.replace(CSI, '').replace(OTHER_CONTROLS, '');
}

export interface OutputBlock {
  stream: 'stdout' | 'stderr';
  text: string;
}

/**
 * The two streams (already made printable) in the order a terminal shows them. The engine
 * returns them apart; Docker's CLI writes a command's errors after its output (rm, stop, rmi
 * collect them and print them last), except the pull prelude of `run`/`create` ("Unable to find
 * image … locally" and the pull progress), which is on stderr before the container's ID.
 */
export function screenOrder({ stdout, stderr }: Pick<ExecResult, 'stdout' | 'stderr'>): OutputBlock[] {
  const blocks: OutputBlock[] = [
    { stream: 'stdout', text: stdout },
    { stream: 'stderr', text: stderr },
  ];
  if (stderr.startsWith('Unable to find image ')) blocks.reverse();
  return blocks.filter((b) => b.text !== '');
}

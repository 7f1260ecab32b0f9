// Compares multi-line text (a table, a file) and, when it differs, says where: the first line
// that differs, the column, both versions with whitespace made visible and a caret under the
// first difference. A one-space error in a table is then found at a glance.
import { CheckFailure } from '../../grader/harness';

/** Spaces as `·`, tabs as `→`, a carriage return as `␍`; the line's end as `⏎`. */
export function visible(line: string, ended = true): string {
  return line.replace(/ /g, '·').replace(/\t/g, '→').replace(/\r/g, '␍') + (ended ? '⏎' : '');
}

interface Line {
  text: string;
  /** Whether a newline follows it. */
  ended: boolean;
}

function linesOf(text: string): Line[] {
  const parts = text.split('\n');
  const lines = parts.map((p, i) => ({ text: p, ended: i < parts.length - 1 }));
  // A text that ends with a newline has no extra empty last line.
  if (lines.length > 1 && lines[lines.length - 1]!.text === '') lines.pop();
  return lines;
}

/** Characters shown on each side of the first difference in a long line. */
const WINDOW = 40;

/** The description of the first difference, or undefined when the texts are equal. */
export function textDifference(actual: string, expected: string): string | undefined {
  if (actual === expected) return undefined;
  const got = linesOf(actual);
  const want = linesOf(expected);
  let i = 0;
  while (i < got.length && i < want.length && got[i]!.text === want[i]!.text && got[i]!.ended === want[i]!.ended) i++;
  const g = got[i];
  const w = want[i];
  const lines = (n: number): string => `${n} line${n === 1 ? '' : 's'}`;
  const counts = got.length === want.length ? '' : ` (expected ${lines(want.length)}, got ${got.length})`;
  if (!g) return `line ${i + 1} is missing${counts}: expected\n  ${visible(w!.text, w!.ended)}`;
  if (!w) return `line ${i + 1} is extra${counts}: got\n  ${visible(g.text, g.ended)}`;
  const chars = [...g.text];
  const wanted = [...w.text];
  let col = 0;
  while (col < chars.length && col < wanted.length && chars[col] === wanted[col]) col++;
  const what = g.text === w.text ? 'the line ending differs' : `column ${col + 1} differs`;
  const at = g.text === w.text ? chars.length : col;
  // Long lines are shown around the difference; the caret sits under its first character.
  const from = Math.max(0, at - WINDOW);
  const cut = (text: string[], ended: boolean): string => {
    const end = Math.min(text.length, at + WINDOW);
    return (from > 0 ? '…' : '') + visible(text.slice(from, end).join(''), ended && end === text.length) + (end < text.length ? '…' : '');
  };
  return [
    `line ${i + 1}, ${what}${counts} (· is a space, ⏎ a line's end):`,
    `  expected: ${cut(wanted, w.ended)}`,
    `  got:      ${cut(chars, g.ended)}`,
    `            ${' '.repeat(at - from + (from > 0 ? 1 : 0))}^`,
  ].join('\n');
}

/** Fails the check with a line diff when `actual` is not exactly `expected`. */
export function checkText(actual: unknown, expected: string, what: string): void {
  if (typeof actual !== 'string')
    throw new CheckFailure(`${what}: expected a string, got ${actual === undefined ? 'undefined' : typeof actual}`);
  const difference = textDifference(actual, expected);
  if (difference !== undefined) throw new CheckFailure(`${what}: ${difference}`);
}

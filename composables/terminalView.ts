// What a terminal shows when its session is taller than its screen. A presenter keeps the point of
// a demo in view: the command just run with all of its output, the lines the slide is about (its
// `keep` marks) from earlier commands, then as many of the latest earlier commands as still fit.
// A real terminal would scroll the oldest lines off instead, taking the point of the slide with
// them. Plain TypeScript over row and column counts, so every window and the PDF fold alike.

import type { TranscriptEntry } from './hostReplay';

export interface ScreenSize {
  /** Text rows the screen holds (the prompt line included). */
  rows: number;
  /** Characters per row. */
  cols: number;
}

export interface ViewLine {
  kind: 'line';
  text: string;
  /** Matches one of the demo's `keep` marks. */
  kept: boolean;
}

/** Output lines left out, shown as one dim row ("⋯ 12 lines"). */
export interface ViewGap {
  kind: 'gap';
  count: number;
}

export interface ViewBlock {
  stream: 'stdout' | 'stderr';
  rows: (ViewLine | ViewGap)[];
}

export interface ViewEntry {
  entry: TranscriptEntry;
  blocks: ViewBlock[];
  /** Output lines not shown (a folded entry): an earlier command says how many on its command row. */
  hidden: number;
  /** 'full': every output line; 'folded': the kept lines (and a head) with gaps marked. */
  mode: 'full' | 'folded';
  /** The last command on screen: its whole output shows unless it is taller than the screen. */
  current: boolean;
  /** Rows the whole entry takes (command and every output line) on this screen. */
  fullRows: number;
}

interface Line {
  stream: 'stdout' | 'stderr';
  text: string;
  kept: boolean;
  /** Rows it takes: long lines wrap, as in a terminal window. */
  rows: number;
}

/**
 * A mark is a plain substring, or `/source/flags` for a regular expression. Invalid expressions
 * are read as plain text, so a typo in a slide shows as an unmarked line, never a broken deck.
 */
export function markMatcher(marks: readonly string[]): (line: string) => boolean {
  const tests = marks.map((mark) => {
    const re = /^\/(.+)\/([a-z]*)$/.exec(mark);
    if (re) {
      try {
        const pattern = new RegExp(re[1]!, re[2]!.replace('g', ''));
        return (line: string) => pattern.test(line);
      } catch {
        // fall through to a substring
      }
    }
    return (line: string) => line.includes(mark);
  });
  return (line) => tests.some((t) => t(line));
}

/** What an earlier, folded command says after itself about the lines it leaves out. */
export function hiddenNote(hidden: number): string {
  return hidden === 0 ? '' : ` ⋯ ${hidden} more ${hidden === 1 ? 'line' : 'lines'} not shown`;
}

/** Rows a wrapped line takes: words fill a row, as `white-space: pre-wrap` lays them out. */
export function wrapRows(text: string, cols: number): number {
  if (!Number.isFinite(cols)) return 1;
  const width = Math.max(1, Math.floor(cols));
  let rows = 1;
  let used = 0;
  for (const word of text.split(/(?<= )/)) {
    const visible = word.trimEnd().length; // a space at a row's end hangs past its edge
    if (used > 0 && used + visible > width) {
      rows++;
      used = 0;
    }
    if (visible > width) {
      rows += Math.ceil(visible / width) - 1;
      used = visible % width || width;
      used += word.length - visible;
    } else {
      used += word.length;
    }
  }
  return rows;
}

// ps, images, history: upper-case column names two or more spaces apart.
const TABLE_HEADER = /^[A-Z][A-Z ()]*?(?: {2,}[A-Z][A-Z ()]*)+\s*$/;

function linesOf(entry: TranscriptEntry, cols: number, kept: (line: string) => boolean): Line[] {
  const out: Line[] = [];
  for (const block of entry.output) {
    const texts = block.text.split('\n');
    if (texts.at(-1) === '') texts.pop();
    for (const text of texts) {
      out.push({
        stream: block.stream,
        text,
        kept: kept(text),
        rows: wrapRows(text, cols),
      });
    }
  }
  return out;
}

/** Rows of a selection of lines: the chosen ones plus one gap row per run of left-out lines. */
function selectionRows(lines: Line[], chosen: boolean[]): number {
  let rows = 0;
  let inGap = false;
  lines.forEach((line, i) => {
    if (chosen[i]) {
      rows += line.rows;
      inGap = false;
    } else if (!inGap) {
      rows += 1;
      inGap = true;
    }
  });
  return rows;
}

function blocksOf(lines: Line[], chosen: boolean[]): ViewBlock[] {
  const blocks: ViewBlock[] = [];
  lines.forEach((line, i) => {
    let block = blocks.at(-1);
    if (!block || block.stream !== line.stream) blocks.push((block = { stream: line.stream, rows: [] }));
    if (chosen[i]) {
      block.rows.push({ kind: 'line', text: line.text, kept: line.kept });
      return;
    }
    const last = block.rows.at(-1);
    if (last?.kind === 'gap') last.count++;
    else block.rows.push({ kind: 'gap', count: 1 });
  });
  return blocks;
}

/** The kept lines, the table header above them, then as many lines from the top as `budget` allows. */
function foldChoice(lines: Line[], budget: number): boolean[] {
  const chosen = lines.map((l) => l.kept);
  const firstKept = lines.findIndex((l) => l.kept);
  if (firstKept > 0 && lines[0]!.stream === 'stdout' && TABLE_HEADER.test(lines[0]!.text)) chosen[0] = true;
  for (let i = 0; i < lines.length; i++) {
    if (chosen[i]) continue;
    chosen[i] = true;
    if (selectionRows(lines, chosen) > budget) {
      chosen[i] = false;
      break;
    }
  }
  return chosen;
}

interface Plan {
  entry: TranscriptEntry;
  command: number;
  lines: Line[];
  full: number;
  hasKept: boolean;
  /** Command + kept lines (+ table header): what an earlier command shrinks to; its gaps are
      told on the command row, not in rows of their own. */
  folded: number;
  choice: boolean[] | null;
  show: 'full' | 'folded' | 'hidden';
  cols: number;
}

/**
 * Chooses what each transcript entry shows on a screen of `size`; entries left out are older
 * ones without marked lines (the Copy button still copies the whole session). `promptRows` is
 * what the prompt and anything under the transcript take.
 */
export function fitTranscript(
  transcript: readonly TranscriptEntry[],
  size: ScreenSize | null,
  marks: readonly string[] = [],
  promptRows = 0,
): ViewEntry[] {
  const kept = markMatcher(marks);
  const cols = size?.cols ?? Number.POSITIVE_INFINITY;
  const plans: Plan[] = transcript.map((entry) => {
    const lines = linesOf(entry, cols, kept);
    const command = wrapRows(entry.prompt + entry.line, cols);
    const full = command + lines.reduce((n, l) => n + l.rows, 0);
    const hasKept = lines.some((l) => l.kept);
    const choice = lines.map((l) => l.kept);
    const header = lines.findIndex((l) => l.kept) > 0 && TABLE_HEADER.test(lines[0]!.text);
    if (header) choice[0] = true;
    const hidden = choice.filter((c) => !c).length;
    const folded =
      wrapRows(entry.prompt + entry.line + hiddenNote(hidden), cols) + lines.reduce((n, l, i) => n + (choice[i] ? l.rows : 0), 0);
    return { entry, command, lines, full, hasKept, folded, choice: hasKept ? choice : null, show: 'full', cols };
  });
  if (size && plans.length > 0) fit(plans, size.rows - promptRows);
  return plans
    .filter((p) => p.show !== 'hidden')
    .map((p, i, shown) => {
      const current = i === shown.length - 1;
      const choice = p.show === 'folded' && p.choice ? p.choice : p.lines.map(() => true);
      // The current command shows its gaps where they are; earlier ones only their chosen lines.
      const lines = current ? p.lines : p.lines.filter((_, j) => choice[j]);
      return {
        entry: p.entry,
        mode: p.show === 'folded' ? 'folded' : 'full',
        current,
        fullRows: p.full,
        hidden: choice.filter((c) => !c).length,
        blocks: blocksOf(lines, current ? choice : lines.map(() => true)),
      } satisfies ViewEntry;
    });
}

/** Rows an earlier command takes with `choice` (its gaps told on the command row). */
function foldedRows(p: Plan, choice: boolean[]): number {
  const hidden = choice.filter((c) => !c).length;
  return (
    wrapRows(p.entry.prompt + p.entry.line + hiddenNote(hidden), p.cols) + p.lines.reduce((n, l, i) => n + (choice[i] ? l.rows : 0), 0)
  );
}

/** An earlier command cut to `budget` rows: its marked lines and table header, then its head. */
function fillChoice(p: Plan, budget: number): boolean[] | null {
  const choice = p.choice ? [...p.choice] : p.lines.map(() => false);
  if (foldedRows(p, choice) > budget || (!p.hasKept && budget < p.command + 1)) return null;
  for (let i = 0; i < p.lines.length; i++) {
    if (choice[i]) continue;
    choice[i] = true;
    if (foldedRows(p, choice) > budget) {
      choice[i] = false;
      break;
    }
  }
  return choice.some(Boolean) || p.hasKept ? choice : null;
}

function fit(plans: Plan[], budget: number): void {
  const current = plans.at(-1)!;
  const older = plans.slice(0, -1);
  if (plans.reduce((n, p) => n + p.full, 0) <= budget) return;
  // Earlier commands with marked lines shrink to those lines; the rest wait for room.
  let keptRows = 0;
  for (const p of older) {
    p.show = p.hasKept ? 'folded' : 'hidden';
    if (p.hasKept) keptRows += p.folded;
  }
  // The current command shows whole, unless it is taller than the screen or has marked lines of
  // its own (the demo said what matters in it): then it shows its head and those lines, and the
  // earlier marked lines stay. The oldest marked lines give way only when that does not fit.
  const mayFold = current.full > budget || current.hasKept;
  const need = mayFold ? Math.min(current.full, current.folded + 2) : current.full;
  for (const p of older) {
    if (keptRows + need <= budget) break;
    if (p.show === 'folded') {
      p.show = 'hidden';
      keptRows -= p.folded;
    }
  }
  let room = budget - keptRows;
  if (current.full <= room) {
    room -= current.full;
  } else {
    current.show = 'folded';
    current.choice = foldChoice(current.lines, room - current.command);
    room = 0;
  }
  // Newest first, as a scrolled terminal shows them; the first that does not fit whole shows what
  // fits of it, and older ones stay off (but for their marked lines).
  let scrolledOff = false;
  for (let i = older.length - 1; i >= 0; i--) {
    const p = older[i]!;
    if (scrolledOff) continue;
    const have = p.show === 'folded' ? p.folded : 0;
    if (p.full - have <= room) {
      room -= p.full - have;
      p.show = 'full';
      continue;
    }
    scrolledOff = true;
    const choice = fillChoice(p, room + have);
    if (!choice) continue;
    room = room + have - foldedRows(p, choice);
    p.choice = choice;
    p.show = 'folded';
  }
}

/**
 * The output lines of `transcript` a demo marked (`keep`) that `view` leaves off the screen. A
 * terminal too small for its demo drops the oldest marked lines; the stage check reads this (as
 * the terminal's `data-kept-hidden`) so a slide whose point does not fit fails instead.
 */
export function keptOutOfView(transcript: readonly TranscriptEntry[], view: readonly ViewEntry[], marks: readonly string[]): string[] {
  if (marks.length === 0) return [];
  const kept = markMatcher(marks);
  const shown = new Map<TranscriptEntry, number>();
  for (const v of view) {
    const n = v.blocks.reduce((sum, b) => sum + b.rows.filter((r) => r.kind === 'line' && r.kept).length, 0);
    shown.set(v.entry, n);
  }
  return transcript.flatMap((entry) => {
    const marked = entry.output.flatMap((block) => block.text.split('\n').filter((text) => text !== '' && kept(text)));
    return marked.slice(shown.get(entry) ?? 0);
  });
}

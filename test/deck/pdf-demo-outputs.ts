// What each terminal of the deck shows in its final state, computed the way the terminal itself
// computes it (the same HostReplay on the same engine, setup lines silent, then every script line),
// so the PDF check knows which text every demo must leave on its page.
import { HostReplay } from '../../composables/hostReplay';
import type { PlannedLine } from '../../composables/hostPlan';
import { extractDemos, type Demo } from './demos';

export interface DemoExpectation {
  /** "slide 9 (pages/02-image.md) host pull" */
  where: string;
  slideNo: number;
  /** The text that must be on that slide's page: the bottom of the terminal's screen. */
  text: string;
}

/** The longest prefix of `line` up to `max` characters that ends at a word boundary. */
function wordPrefix(line: string, max: number): string {
  const trimmed = line.trim();
  if (trimmed.length <= max) return trimmed;
  const cut = trimmed.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return space > max / 2 ? cut.slice(0, space) : cut;
}

/**
 * The first line the last command printed: a terminal keeps its current command and the head of
 * its output in view (it folds the middle of an output taller than the screen, never the top;
 * see composables/terminalView.ts).
 */
function bottomLine(replay: HostReplay): string | undefined {
  const last = replay.transcript.at(-1);
  if (!last) return undefined;
  const output = last.output
    .map((b) => b.text)
    .join('')
    .split('\n')
    .filter((l) => l.trim() !== '');
  return output[0] ?? `${last.prompt}${last.line}`;
}

export function demoExpectations(root?: string): DemoExpectation[] {
  const groups = new Map<string, Demo[]>();
  for (const demo of extractDemos(root)) {
    if (demo.component !== 'DockerTerminal') continue;
    const key = `slide ${demo.slideIndex + 1} (${demo.file}) host ${demo.host}`;
    groups.set(key, [...(groups.get(key) ?? []), demo]);
  }
  const expectations: DemoExpectation[] = [];
  for (const [where, terminals] of groups) {
    const seed = terminals.map((t) => t.props.seed).find((s): s is number => typeof s === 'number') ?? 1;
    const plan: PlannedLine[] = [
      ...terminals.flatMap((t) => t.setup.map((line): PlannedLine => ({ source: 'setup', line, clearScreen: false }))),
      ...terminals.flatMap((t) => t.script.map((line): PlannedLine => ({ source: 'script', line, clearScreen: false }))),
    ];
    const replay = new HostReplay(seed);
    replay.sync(plan);
    const line = bottomLine(replay);
    if (line === undefined) throw new Error(`${where}: the terminal ends with an empty screen; nothing to find in the PDF`);
    expectations.push({ where, slideNo: (terminals[0] as Demo).slideIndex + 1, text: wordPrefix(line, 32) });
  }
  return expectations;
}

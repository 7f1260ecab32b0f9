// Hints, revealed one at a time. Each exercise's hints.md holds them as `## Hint N` sections;
// how many a learner has seen is remembered in reports/hints.json (git-ignored).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function parseHints(markdown: string): string[] {
  return markdown
    .replace(/\r\n/g, '\n')
    .split(/^## .*$/m)
    .slice(1)
    .map((h) => h.trim())
    .filter((h) => h !== '');
}

export type HintProgress = Record<string, number>;

export function progressPath(root: string): string {
  return join(root, 'reports', 'hints.json');
}

export function loadProgress(root: string): HintProgress {
  const path = progressPath(root);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as HintProgress;
  } catch {
    return {}; // a damaged progress file only means hints start over
  }
}

export function saveProgress(root: string, progress: HintProgress): void {
  const path = progressPath(root);
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(progress, null, 2)}\n`);
}

export interface Revealed {
  /** The hints to print now: the new one, or all seen so far with `again`. */
  shown: { number: number; text: string }[];
  total: number;
  seen: number;
  exhausted: boolean;
}

/** Reveals the next hint of exercise `id` (or re-shows the ones seen, with `again`) and records it. */
export function reveal(root: string, id: string, again = false): Revealed {
  const hints = parseHints(readFileSync(join(root, 'exercises', id, 'hints.md'), 'utf8'));
  const progress = loadProgress(root);
  const before = Math.min(progress[id] ?? 0, hints.length);
  const seen = again ? before : Math.min(before + 1, hints.length);
  if (seen !== (progress[id] ?? 0)) {
    progress[id] = seen;
    saveProgress(root, progress);
  }
  const from = again ? 0 : before;
  const shown = hints.slice(from, seen).map((text, i) => ({ number: from + i + 1, text }));
  return { shown, total: hints.length, seen, exhausted: !again && before === hints.length };
}

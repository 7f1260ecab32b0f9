// What a learner reads about the kit's own tests: one line when they pass or were skipped, one
// short paragraph when some failed (the first failure and the first lines of why, the other
// names, the full log's path), never the test runner's whole output.
import { relative } from 'node:path';
import type { CachedKitRun } from './kit-cache';
import type { KitTestsRun } from './kit-tests';

const WHY_LINES = 4;
const MORE_NAMES = 2;

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}

/** "2026-12-07 17:20 UTC" from an ISO time. */
export function shortTime(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`;
}

export function formatCachedKit(cached: CachedKitRun): string {
  const skipped = cached.skipped > 0 ? `, ${cached.skipped} skipped` : '';
  return `Kit tests: ${cached.passed} passed${skipped} (cached: kit unchanged since ${shortTime(cached.at)}; \`npm test -- --no-cache\` runs them)`;
}

export function formatKitRun(run: KitTestsRun, root: string): string[] {
  if (run.failed === 0) return [`Kit tests: ${run.passed} passed, 0 failed, ${run.skipped} skipped (${seconds(run.ms)})`];
  const [first, ...rest] = run.failures;
  const lines = [
    `Kit tests: ${run.failed} failed, ${run.passed} passed (${seconds(run.ms)}). The kit itself (not your exercises) is not as shipped or is broken:`,
  ];
  if (first) {
    lines.push(`  ✗ ${first.file} › ${first.name}`);
    const why = first.why
      .split('\n')
      .map((l) => l.trimEnd())
      .filter((l) => l.trim() !== '')
      .slice(0, WHY_LINES);
    for (const line of why) lines.push(`      ${line.trim()}`);
  }
  for (const f of rest.slice(0, MORE_NAMES)) lines.push(`  ✗ ${f.file} › ${f.name}`);
  const unnamed = run.failed - 1 - Math.min(rest.length, MORE_NAMES);
  if (unnamed > 0) lines.push(`  … and ${unnamed} more`);
  lines.push(`  Full log: ${relative(root, run.logPath)} (\`git status\` shows what differs from the shipped kit)`);
  return lines;
}

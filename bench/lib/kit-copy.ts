// A throwaway copy of the kit's exercises as shipped, for the grading benches: a folder outside the
// repository with the exercises written from git's objects (grader/shipped.ts, never a learner's
// edits), optionally the reference solutions over the starters, and the repository's grader/,
// engine/ and node_modules/ linked in so the checks import them as in the real kit.
import { cpSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { writeShippedExercises } from '../../grader/shipped';

export const repoRoot = resolve(import.meta.dirname, '../..');

export function kitCopy(options: { solutions: boolean }): { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'grade-bench-'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  for (const linked of ['node_modules', 'grader', 'engine']) {
    if (existsSync(join(repoRoot, linked))) symlinkSync(join(repoRoot, linked), join(root, linked), 'dir');
  }
  writeShippedExercises(repoRoot, root);
  if (options.solutions) cpSync(join(root, 'solutions'), join(root, 'exercises'), { recursive: true });
  return { root };
}

export function removeTempRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

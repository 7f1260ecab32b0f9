// Runs one exercise's checks against a given version of the learner's file, as the grader's
// worker does (register, then run in order), in a temporary copy of the exercise whose test files
// import the real grader/, engine/ and exercises/support/ through links. The learner's file is
// given by each test, so what a learner has written in exercises/ never changes an outcome.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registeredTests } from '../../../grader/harness';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

export interface CheckOutcome {
  name: string;
  passed: boolean;
  message?: string;
}

const roots: string[] = [];

/** A temporary kit holding exercise `id` with `starter` written as `content`. */
function kitWith(id: string, starter: string, content: string): string {
  const root = mkdtempSync(join(tmpdir(), 'exercise-checks-'));
  roots.push(root);
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  for (const linked of ['node_modules', 'grader', 'engine']) symlinkSync(join(repoRoot, linked), join(root, linked), 'dir');
  mkdirSync(join(root, 'exercises'));
  symlinkSync(join(repoRoot, 'exercises', 'support'), join(root, 'exercises', 'support'), 'dir');
  // Only the checks are copied (learners leave them alone; grading flags any edit), never their work.
  mkdirSync(join(root, 'exercises', id));
  for (const file of readdirSync(join(repoRoot, 'exercises', id)).filter((f) => f.endsWith('.test.ts'))) {
    cpSync(join(repoRoot, 'exercises', id, file), join(root, 'exercises', id, file));
  }
  writeFileSync(join(root, 'exercises', id, starter), content);
  return root;
}

/** Every check of exercise `id` (folder name) run on `content` as its `starter` file. */
export async function runChecks(id: string, starter: string, content: string): Promise<CheckOutcome[]> {
  const dir = join(kitWith(id, starter, content), 'exercises', id);
  const tests = registeredTests();
  tests.length = 0;
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort())
    await import(pathToFileURL(join(dir, file)).href);
  const registered = [...tests];
  tests.length = 0;
  const outcomes: CheckOutcome[] = [];
  for (const t of registered) {
    try {
      await t.fn();
      outcomes.push({ name: t.name, passed: true });
    } catch (error) {
      outcomes.push({ name: t.name, passed: false, message: error instanceof Error ? error.message : String(error) });
    }
  }
  return outcomes;
}

/** The failed checks' messages, in order. */
export const failures = (outcomes: CheckOutcome[]): string[] => outcomes.filter((o) => !o.passed).map((o) => o.message ?? '');

export function removeKits(): void {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
}

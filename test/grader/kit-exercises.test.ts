// The kit's exercises, checked as the brief and DESIGN.md require: complete folders, metadata in
// order, a manifest that matches the pristine files, every reference solution passing, every
// untouched starter compiling, "not started", and failing.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeExercises } from '../../grader/grade';
import { parseHints } from '../../grader/hints';
import { buildManifest, loadManifest, testFilesIn } from '../../grader/manifest';
import { loadMetadata } from '../../grader/metadata';
import { staticTestNames } from '../../grader/test-names';
import { TypecheckService } from '../../grader/typecheck-service';
import type { ExerciseReport } from '../../grader/report';
import { kitCopy, removeTempRoot, repoRoot } from './helpers/temp-kit';

const exercises = loadMetadata(repoRoot);
const exerciseDir = (id: string) => join(repoRoot, 'exercises', id);

describe('the exercises folder', () => {
  test('has at least 12 exercises, numbered in order, of all three kinds', () => {
    expect(exercises.length).toBeGreaterThanOrEqual(12);
    exercises.forEach((e, i) => expect(e.id.slice(0, 3)).toBe(`${String(i + 1).padStart(2, '0')}-`));
    expect(new Set(exercises.map((e) => e.kind))).toEqual(new Set(['command', 'quiz', 'code']));
  });

  test.each(exercises.map((e) => [e.id, e] as const))('%s has a README with numbered steps, hints, a starter, checks and a solution', (id, e) => {
    const readme = readFileSync(join(exerciseDir(id), 'README.md'), 'utf8');
    expect(readme).toMatch(/^# \d\d · /);
    expect(readme).toMatch(/^1\. /m);
    expect(readme).toContain(`npm test -- ${id.slice(0, 2)}`);
    expect(parseHints(readFileSync(join(exerciseDir(id), 'hints.md'), 'utf8')).length).toBeGreaterThanOrEqual(2);
    expect(existsSync(join(exerciseDir(id), e.starter))).toBe(true);
    expect(testFilesIn(exerciseDir(id)).length).toBeGreaterThanOrEqual(1);
    expect(existsSync(join(repoRoot, 'solutions', id, e.starter))).toBe(true);
  });

  test('grader/manifest.json matches the pristine starters and checks (run `npx tsx grader/make-manifest.ts` after editing them)', () => {
    expect(loadManifest(join(repoRoot, 'grader', 'manifest.json'))).toEqual(buildManifest(repoRoot, exercises));
  });


  test('every command starter holds only comments, so it starts as "not started"', () => {
    for (const e of exercises.filter((x) => x.kind === 'command')) {
      const lines = readFileSync(join(exerciseDir(e.id), e.starter), 'utf8').split('\n').filter((l) => l.trim() !== '');
      expect(lines.every((l) => l.startsWith('#')), e.id).toBe(true);
    }
  });
});

describe('grading the kit', () => {
  const typecheck = new TypecheckService();
  let solved: ExerciseReport[] = [];
  let untouched: ExerciseReport[] = [];
  const roots: string[] = [];

  beforeAll(async () => {
    const solvedRoot = kitCopy({ solutions: true });
    const untouchedRoot = kitCopy({ solutions: false });
    roots.push(solvedRoot, untouchedRoot);
    // Generous limits: CI machines are busy, and nothing here measures speed.
    solved = await gradeExercises({ root: solvedRoot, typecheck, timeoutMs: 20_000 });
    untouched = await gradeExercises({ root: untouchedRoot, typecheck, timeoutMs: 20_000, runUntouched: true });
  }, 180_000);

  afterAll(async () => {
    await typecheck.close();
    for (const root of roots) removeTempRoot(root);
  });

  test('every TypeScript starter and solution compiles under the grader\'s options', async () => {
    const files = exercises
      .filter((e) => e.kind !== 'command')
      .flatMap((e) => [join(exerciseDir(e.id), e.starter), join(repoRoot, 'solutions', e.id, e.starter)]);
    // The same type-check worker as the gradings above: the compiler is loaded once per file.
    const results = await typecheck.check(files, [join(repoRoot, 'exercises', 'support', 'globals.d.ts')]);
    expect(results.filter((r) => r.messages.length > 0)).toEqual([]);
  }, 120_000);

  test('the reference solutions, copied over the starters, pass every exercise with full points', () => {
    const summary = solved.map((e) => ({ id: e.id, status: e.status, points: e.points, failed: e.tests.filter((t) => t.status !== 'passed') }));
    expect(summary).toEqual(exercises.map((e) => ({ id: e.id, status: 'passed', points: e.points, failed: [] })));
  });

  test('untouched starters are "not started", and their checks fail', () => {
    for (const e of untouched) {
      expect(e.status, e.id).toBe('not_started');
      expect(e.testsModified, e.id).toBe(false);
      expect(e.tests.length, e.id).toBeGreaterThan(0);
      expect(e.tests.some((t) => t.status === 'failed'), `${e.id} has no failing check`).toBe(true);
    }
  });

  test('the check names read from the test files\' text are the names the checks register', () => {
    for (const e of untouched) {
      const files = testFilesIn(exerciseDir(e.id)).map((f) => readFileSync(join(exerciseDir(e.id), f), 'utf8'));
      expect(files.flatMap(staticTestNames), e.id).toEqual(e.tests.map((t) => t.name));
    }
  });

  test('an untouched code starter fails with its TODO error, not with a crash', () => {
    for (const e of untouched.filter((x) => x.kind === 'code')) {
      expect(e.tests.find((t) => t.status === 'failed')?.message, e.id).toMatch(/^TODO: /);
    }
  });
});

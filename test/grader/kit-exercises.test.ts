// The kit's exercises, checked as exercises/README.md describes them: complete folders, metadata in
// order, a manifest that matches the shipped files, every reference solution passing, every
// untouched starter compiling, "not started", and failing. Starters, checks and solutions are read
// only from a copy of them as shipped (grader/shipped.ts: git's objects), never from exercises/ on
// disk, which holds the learner's work: solved, half done or broken, these tests stay green.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeExercises } from '../../grader/grade';
import { parseHints } from '../../grader/hints';
import { buildManifest, loadManifest, testFilesIn } from '../../grader/manifest';
import { loadMetadata } from '../../grader/metadata';
import { staticTestNames } from '../../grader/test-names';
import { TypecheckService } from '../../grader/typecheck-service';
import type { ExerciseReport } from '../../grader/report';
import { kitCopy, makeTempRoot, removeTempRoot, repoRoot } from './helpers/temp-kit';

const all = loadMetadata(repoRoot);
const shipped = kitCopy({ solutions: false });
// Without git (a downloaded zip), exercises whose files differ from what shipped cannot be checked.
const exercises = all.filter((e) => !(e.id in shipped.shipped.unavailable));
const shippedDir = (id: string) => join(shipped.root, 'exercises', id);
const shippedSolution = (id: string, file: string) => join(shipped.root, 'solutions', id, file);
const roots = [shipped.root];
afterAll(() => roots.forEach(removeTempRoot));

describe('the exercises folder', () => {
  // Said, never silent: a kit without git checks what it can and names what it could not.
  if (shipped.shipped.note) test.skip(`not from git: ${shipped.shipped.note}`, () => undefined);

  test('has at least 12 exercises, numbered in order, of all three kinds', () => {
    expect(all.length).toBeGreaterThanOrEqual(12);
    all.forEach((e, i) => expect(e.id.slice(0, 3)).toBe(`${String(i + 1).padStart(2, '0')}-`));
    expect(new Set(all.map((e) => e.kind))).toEqual(new Set(['command', 'quiz', 'code']));
  });

  test.each(exercises.map((e) => [e.id, e] as const))(
    '%s has a README with numbered steps, hints, a starter, checks and a solution',
    (id, e) => {
      const readme = readFileSync(join(repoRoot, 'exercises', id, 'README.md'), 'utf8');
      expect(readme).toMatch(/^# \d\d · /);
      expect(readme).toMatch(/^1\. /m);
      expect(readme).toContain(`npm test -- ${id.slice(0, 2)}`);
      expect(parseHints(readFileSync(join(repoRoot, 'exercises', id, 'hints.md'), 'utf8')).length).toBeGreaterThanOrEqual(2);
      expect(existsSync(join(shippedDir(id), e.starter))).toBe(true);
      expect(testFilesIn(shippedDir(id)).length).toBeGreaterThanOrEqual(1);
      expect(existsSync(shippedSolution(id, e.starter))).toBe(true);
    },
  );

  test('grader/manifest.json holds the sha256 of every shipped starter, check and solution', () => {
    const manifest = loadManifest(join(repoRoot, 'grader', 'manifest.json'));
    const fromShipped = buildManifest(shipped.root, exercises);
    for (const e of exercises) expect(manifest.exercises[e.id], e.id).toEqual(fromShipped.exercises[e.id]);
    expect(Object.keys(manifest.exercises)).toEqual(all.map((e) => e.id));
  });

  // On a clean clone (CI) exercises/ is what ships: a starter, check or solution edited without
  // `npx tsx grader/make-manifest.ts` shows here. A learner's machine never runs it.
  test.runIf(process.env.CI === 'true')(
    'in CI, on a clean clone, grader/manifest.json is up to date with exercises/ and solutions/',
    () => {
      expect(loadManifest(join(repoRoot, 'grader', 'manifest.json'))).toEqual(buildManifest(repoRoot, all));
    },
  );

  test('every command starter holds only comments, so it starts as "not started"', () => {
    for (const e of exercises.filter((x) => x.kind === 'command')) {
      const lines = readFileSync(join(shippedDir(e.id), e.starter), 'utf8')
        .split('\n')
        .filter((l) => l.trim() !== '');
      expect(
        lines.every((l) => l.startsWith('#')),
        e.id,
      ).toBe(true);
    }
  });
});

describe('grading the kit', () => {
  const typecheck = new TypecheckService();
  let solved: ExerciseReport[] = [];
  let untouched: ExerciseReport[] = [];
  const ids = exercises.map((e) => e.id);

  beforeAll(async () => {
    const solvedRoot = makeTempRoot();
    roots.push(solvedRoot);
    cpSync(join(shipped.root, 'exercises'), join(solvedRoot, 'exercises'), { recursive: true });
    cpSync(join(shipped.root, 'solutions'), join(solvedRoot, 'exercises'), { recursive: true });
    // Generous limits: CI machines are busy, and nothing here measures speed.
    solved = await gradeExercises({ root: solvedRoot, ids, typecheck, timeoutMs: 20_000 });
    untouched = await gradeExercises({ root: shipped.root, ids, typecheck, timeoutMs: 20_000, runUntouched: true });
  }, 180_000);

  afterAll(async () => {
    await typecheck.close();
  });

  test("every TypeScript starter and solution compiles under the grader's options", async () => {
    const files = exercises
      .filter((e) => e.kind !== 'command')
      .flatMap((e) => [join(shippedDir(e.id), e.starter), shippedSolution(e.id, e.starter)]);
    // The same type-check worker as the gradings above: the compiler is loaded once per file.
    const results = await typecheck.check(files, [join(shipped.root, 'exercises', 'support', 'globals.d.ts')]);
    expect(results.filter((r) => r.messages.length > 0)).toEqual([]);
  }, 120_000);

  test('the reference solutions, copied over the starters, pass every exercise with full points', () => {
    const summary = solved.map((e) => ({
      id: e.id,
      status: e.status,
      points: e.points,
      failed: e.tests.filter((t) => t.status !== 'passed'),
    }));
    expect(summary).toEqual(exercises.map((e) => ({ id: e.id, status: 'passed', points: e.points, failed: [] })));
  });

  test('untouched starters are "not started", and their checks fail', () => {
    expect(untouched.map((e) => e.id)).toEqual(ids);
    for (const e of untouched) {
      expect(e.status, e.id).toBe('not_started');
      expect(e.testsModified, e.id).toBe(false);
      expect(e.tests.length, e.id).toBeGreaterThan(0);
      expect(
        e.tests.some((t) => t.status === 'failed'),
        `${e.id} has no failing check`,
      ).toBe(true);
    }
  });

  test("the check names read from the test files' text are the names the checks register", () => {
    for (const e of untouched) {
      const files = testFilesIn(shippedDir(e.id)).map((f) => readFileSync(join(shippedDir(e.id), f), 'utf8'));
      expect(files.flatMap(staticTestNames), e.id).toEqual(e.tests.map((t) => t.name));
    }
  });

  test('an untouched code starter fails with its TODO error, not with a crash', () => {
    for (const e of untouched.filter((x) => x.kind === 'code')) {
      expect(e.tests.find((t) => t.status === 'failed')?.message, e.id).toMatch(/^TODO: /);
    }
  });
});

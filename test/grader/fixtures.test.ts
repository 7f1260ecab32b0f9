// The grader on fixture exercises: one temporary kit holds a copy of the fixture exercise per
// scenario, each broken in one way, and is graded once (which also proves that an endless loop
// in one exercise does not stop the others from being graded).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { copyFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gradeExercises } from '../../grader/grade';
import type { TypecheckService } from '../../grader/typecheck-service';
import { countChecks, isFailing, type ExerciseReport } from '../../grader/report';
import { removeTempRoot, scenarioKit, variantPath } from './helpers/temp-kit';

const SCENARIOS = [
  '01-untouched',
  '02-pass',
  '03-fail',
  '04-syntax-error',
  '05-type-error',
  '06-loop-sync',
  '07-deleted-test',
  '08-edited-test',
  '09-crlf-only',
  '10-added-test',
  '11-deleted-starter',
  '12-stray-error',
  '13-pass-after-stray',
] as const;

let root: string;
let manifestPath: string;
const byId = new Map<string, ExerciseReport>();

beforeAll(async () => {
  const kit = scenarioKit([...SCENARIOS]);
  root = kit.root;
  manifestPath = kit.manifestPath;
  const put = (id: string, variant: string) => copyFileSync(variantPath(variant), join(kit.dir(id), 'add.ts'));
  put('02-pass', 'pass');
  put('03-fail', 'fail');
  put('04-syntax-error', 'syntax-error');
  put('05-type-error', 'type-error');
  put('06-loop-sync', 'loop-sync');
  put('07-deleted-test', 'pass');
  rmSync(join(kit.dir('07-deleted-test'), 'add.test.ts'));
  // Edited: the failing check is deleted, so what is left passes.
  put('08-edited-test', 'fail');
  const testFile = join(kit.dir('08-edited-test'), 'add.test.ts');
  const text = readFileSync(testFile, 'utf8');
  writeFileSync(testFile, text.slice(0, text.indexOf("test('add(-1, 1) is 0'")));
  for (const file of ['add.ts', 'add.test.ts']) {
    const path = join(kit.dir('09-crlf-only'), file);
    writeFileSync(path, readFileSync(path, 'utf8').replace(/\n/g, '\r\n'));
  }
  put('10-added-test', 'pass');
  writeFileSync(
    join(kit.dir('10-added-test'), 'extra.test.ts'),
    "import { test } from '../../grader/harness';\ntest('always passes', () => {});\n",
  );
  rmSync(join(kit.dir('11-deleted-starter'), 'add.ts'));
  put('12-stray-error', 'stray-error');
  put('13-pass-after-stray', 'pass');

  // One worker, so 13 runs on the worker 12 ran on.
  const reports = await gradeExercises({ root, manifestPath: kit.manifestPath, timeoutMs: 1500, concurrency: 1 });
  for (const r of reports) byId.set(r.id, r);
}, 120_000);

afterAll(() => removeTempRoot(root));

const entry = (id: (typeof SCENARIOS)[number]): ExerciseReport => {
  const found = byId.get(id);
  if (!found) throw new Error(`no report entry for ${id}`);
  return found;
};
const statuses = (e: ExerciseReport) => e.tests.map((t) => t.status);

describe('grading fixture exercises', () => {
  test('every scenario gets an entry, in metadata order', () => {
    expect([...byId.keys()]).toEqual([...SCENARIOS]);
  });

  test('an untouched starter is not started: no points, checks listed but skipped', () => {
    expect(entry('01-untouched')).toMatchObject({ status: 'not_started', points: 0, maxPoints: 5, testsModified: false });
    expect(entry('01-untouched').tests).toEqual([
      { name: 'add(2, 3) is 5', status: 'skipped' },
      { name: 'add(-1, 1) is 0', status: 'skipped' },
    ]);
  });

  test('a passing solution is passed with its full points', () => {
    expect(entry('02-pass')).toMatchObject({ status: 'passed', points: 5, testsModified: false });
    expect(statuses(entry('02-pass'))).toEqual(['passed', 'passed']);
    expect(entry('02-pass').message).toBeUndefined();
  });

  test('a failing solution is in progress with 0 points, and the failed check says what it saw', () => {
    const e = entry('03-fail');
    expect(e).toMatchObject({ status: 'in_progress', points: 0 });
    expect(e.tests).toEqual([
      { name: 'add(2, 3) is 5', status: 'passed' },
      { name: 'add(-1, 1) is 0', status: 'failed', message: 'add(-1, 1) returned -2' },
    ]);
  });

  test('a syntax error is an error, reported with its line', () => {
    const e = entry('04-syntax-error');
    expect(e).toMatchObject({ status: 'error', points: 0 });
    expect(e.message).toBe('exercises/04-syntax-error/add.ts does not compile: line 2:14 Expression expected.');
  });

  test('a type error is an error even though the checks pass at run time', () => {
    const e = entry('05-type-error');
    expect(e).toMatchObject({ status: 'error', points: 0 });
    expect(e.message).toBe("exercises/05-type-error/add.ts does not compile: line 3:9 Type 'number' is not assignable to type 'string'.");
    expect(statuses(e)).toEqual(['passed', 'passed']);
  });

  test('a synchronous endless loop ends as timeout (after one retry, alone, with 4 times the limit); the hanging check failed, the rest skipped', () => {
    const e = entry('06-loop-sync');
    expect(e).toMatchObject({ status: 'timeout', points: 0 });
    expect(e.tests).toEqual([
      { name: 'add(2, 3) is 5', status: 'failed', message: 'did not finish within 6 s: an endless loop, or a promise that never settles?' },
      { name: 'add(-1, 1) is 0', status: 'skipped' },
    ]);
  });

  test('a deleted test file is flagged, and a correct solution gets no points without its checks', () => {
    const e = entry('07-deleted-test');
    expect(e).toMatchObject({ status: 'in_progress', points: 0, testsModified: true, tests: [] });
    expect(e.message).toBe('the test files were edited, added or deleted, so no points: restore them with `git checkout`; no checks ran');
  });

  test('an edited test file is flagged and cannot raise the score, even when what is left passes', () => {
    const e = entry('08-edited-test');
    expect(e).toMatchObject({ status: 'passed', points: 0, maxPoints: 5, testsModified: true });
    expect(e.tests).toEqual([{ name: 'add(2, 3) is 5', status: 'passed' }]);
    expect(isFailing(e)).toBe(true);
  });

  test('CRLF line endings alone change nothing: still not started, tests not modified', () => {
    expect(entry('09-crlf-only')).toMatchObject({ status: 'not_started', points: 0, testsModified: false });
  });

  test('an added test file is flagged and is not run', () => {
    const e = entry('10-added-test');
    expect(e).toMatchObject({ status: 'passed', points: 0, testsModified: true });
    expect(e.tests.map((t) => t.name)).toEqual(['add(2, 3) is 5', 'add(-1, 1) is 0']);
  });

  test('a deleted starter is an error that says how to restore it', () => {
    expect(entry('11-deleted-starter')).toMatchObject({
      status: 'error',
      points: 0,
      message: 'exercises/11-deleted-starter/add.ts is missing: restore it with `git checkout -- exercises/11-deleted-starter/add.ts`',
    });
  });

  test('an unhandled rejection fails the check that caused it, and the next exercise is graded normally', () => {
    expect(entry('12-stray-error')).toMatchObject({ status: 'in_progress', points: 0 });
    expect(entry('12-stray-error').tests[0]).toEqual({
      name: 'add(2, 3) is 5',
      status: 'failed',
      message: 'an error escaped the check: nobody handles me',
    });
    expect(entry('13-pass-after-stray')).toMatchObject({ status: 'passed', points: 5 });
  });

  test('the summary counts only attempted exercises, and every failing one at least once', () => {
    const reports = [...byId.values()];
    expect(reports.filter(isFailing).map((e) => e.id)).toEqual([
      '03-fail',
      '04-syntax-error',
      '05-type-error',
      '06-loop-sync',
      '07-deleted-test',
      '08-edited-test',
      '10-added-test',
      '11-deleted-starter',
      '12-stray-error',
    ]);
    // passed: 02 ×2, 03 ×1, 05 ×2, 08 ×1, 10 ×2, 13 ×2 = 10;
    // failed: one each for 03, 04, 05, 06, 07, 08, 10, 11, and both checks of 12 = 10
    expect(countChecks(reports)).toEqual({ passed: 10, failed: 10 });
  });

  test('grading again reuses remembered type-check results, and a changed file is checked anew', async () => {
    const asked: string[][] = [];
    // Records what would be compiled; answers "no problems".
    const recorder = {
      check: async (roots: string[]) => (asked.push(roots), roots.map((file) => ({ file, messages: [] }))),
      close: async () => undefined,
    };
    const again = await gradeExercises({
      root,
      manifestPath,
      ids: ['02', '04', '05'],
      timeoutMs: 1500,
      typecheck: recorder as unknown as TypecheckService,
    });
    expect(asked).toEqual([[]]);
    expect(again.map((e) => [e.id, e.status])).toEqual([
      ['02-pass', 'passed'],
      ['04-syntax-error', 'error'],
      ['05-type-error', 'error'],
    ]);
    copyFileSync(variantPath('pass'), join(root, 'exercises', '05-type-error', 'add.ts'));
    const fixed = await gradeExercises({
      root,
      manifestPath,
      ids: ['05'],
      timeoutMs: 1500,
      typecheck: recorder as unknown as TypecheckService,
    });
    expect(asked[1]).toEqual([join(root, 'exercises', '05-type-error', 'add.ts')]);
    expect(fixed[0]).toMatchObject({ status: 'passed', points: 5 });
  }, 120_000);
});

// `npm test` end to end, on a temporary fixture kit: the table, the report file, the exit code,
// the summary line CI reads (always last), and watch mode re-grading on save.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { reveal } from '../../grader/hints';
import type { GradeReport } from '../../grader/report';
import { makeTempRoot, removeTempRoot, repoRoot, scenarioKit, variantPath } from './helpers/temp-kit';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const cli = join(repoRoot, 'grader', 'cli.ts');
let kit: ReturnType<typeof scenarioKit>;

beforeAll(() => {
  kit = scenarioKit(['01-untouched', '02-pass', '03-fail']);
  copyFileSync(variantPath('pass'), join(kit.dir('02-pass'), 'add.ts'));
  copyFileSync(variantPath('fail'), join(kit.dir('03-fail'), 'add.ts'));
});
afterAll(() => removeTempRoot(kit.root));

function grade(...ids: string[]) {
  const r = spawnSync(process.execPath, [tsxCli, cli, `--root=${kit.root}`, `--manifest=${kit.manifestPath}`, ...ids], {
    encoding: 'utf8',
    timeout: 120_000,
  });
  const lines = r.stdout.trimEnd().split('\n');
  return { status: r.status, stdout: r.stdout, lines, last: lines.at(-1) };
}

describe('npm test -- <ids>', () => {
  // In this order the second run finds both type checks remembered (reports/typecheck-cache.json).
  test('an exercise in progress is explained in the table and does not fail the command', () => {
    const r = grade('02', '03');
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe('Grading 2 exercises…');
    expect(r.lines).toContain('03-fail    in progress   1/2      0/5');
    expect(r.lines).toContain('  ✗ add(-1, 1) is 0');
    expect(r.lines).toContain('    add(-1, 1) returned -2');
    expect(r.last).toBe('tests: 3 passed, 1 failed');
  }, 130_000);

  test('grading some exercises updates their entries in reports/grade.json and keeps the others, each with its time', () => {
    const before = JSON.parse(readFileSync(join(kit.root, 'reports', 'grade.json'), 'utf8')) as GradeReport;
    const r = grade('01', '02');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Kit tests skipped: grading 01, 02 only');
    expect(r.lines).toContain('EXERCISE       STATUS        CHECKS   POINTS');
    expect(r.lines).toContain('01-untouched   not started   -        0/5');
    expect(r.lines).toContain('02-pass        passed        2/2      5/5');
    expect(r.lines).toContain('Score: 5/15 (with 1 other exercises as last graded)');
    expect(r.last).toBe('tests: 2 passed, 0 failed');
    const report = JSON.parse(readFileSync(join(kit.root, 'reports', 'grade.json'), 'utf8')) as GradeReport;
    expect(report).toMatchObject({ version: 1, partial: false, score: 5, maxScore: 15, kitTests: null });
    expect(report.exercises.map((e) => [e.id, e.status, e.points])).toEqual([
      ['01-untouched', 'not_started', 0],
      ['02-pass', 'passed', 5],
      ['03-fail', 'in_progress', 0],
    ]);
    const at = (rep: GradeReport, id: string) => rep.exercises.find((e) => e.id === id)?.gradedAt ?? '';
    // 03 keeps the time of the run that graded it; 02 was graded again, later.
    expect(at(report, '03-fail')).toBe(at(before, '03-fail'));
    expect(Date.parse(at(report, '02-pass'))).toBeGreaterThan(Date.parse(at(before, '02-pass')));
    expect(Number.isNaN(Date.parse(at(report, '01-untouched')))).toBe(false);
  }, 130_000);

  test("npm test's entry speaks before TypeScript support has loaded, then hands over to the grader", () => {
    const r = spawnSync(
      process.execPath,
      [join(repoRoot, 'grader', 'npm-test.mjs'), `--root=${kit.root}`, `--manifest=${kit.manifestPath}`, '01'],
      {
        encoding: 'utf8',
        timeout: 120_000,
        env: { ...process.env, CI: '' },
      },
    );
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.slice(0, 2)).toEqual(['Starting the grader…', 'Grading 1 exercise…']);
    expect(lines.at(-1)).toBe('tests: 0 passed, 0 failed');
    expect(r.status).toBe(0);
  }, 130_000);

  test('a folder the learner makes inside an exercise is graded with it: its files are hashed in the report, the grade is unchanged', () => {
    mkdirSync(join(kit.dir('02-pass'), 'notes', 'old'), { recursive: true });
    writeFileSync(join(kit.dir('02-pass'), 'notes', 'old', 'idea.txt'), 'try add(2, 2)\n');
    const r = grade('02');
    expect(r.status).toBe(0);
    expect(r.lines).toContain('02-pass    passed   2/2      5/5');
    const report = JSON.parse(readFileSync(join(kit.root, 'reports', 'grade.json'), 'utf8')) as GradeReport;
    const files = report.exercises.find((e) => e.id === '02-pass')?.files ?? {};
    expect(Object.keys(files)).toEqual(['exercises/02-pass/add.ts', 'exercises/02-pass/notes/old/idea.txt']);
    // sha256 of the note's bytes, so the instructor can tell exactly what was there.
    expect(files['exercises/02-pass/notes/old/idea.txt']).toBe('32b5d36931e6ed917ea0ea80437c41bec53e5b109f4ca4a9010667fd0e2e4c53');
  }, 130_000);

  test('an unknown exercise is an error, still ending with the summary line', () => {
    const r = grade('9');
    expect(r.status).toBe(1);
    expect(r.last).toBe('tests: 0 passed, 1 failed');
  }, 130_000);
});

test('watch mode re-grades an exercise when its file is saved', async () => {
  const child = spawn(process.execPath, [tsxCli, cli, '--watch', `--root=${kit.root}`, `--manifest=${kit.manifestPath}`, '01'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  /** Waits until the output so far satisfies `done` (or contains the text). */
  const waitFor = (done: string | ((text: string) => boolean)) =>
    new Promise<void>((resolve, reject) => {
      const test = typeof done === 'string' ? (text: string) => text.includes(done) : done;
      const timer = setInterval(() => {
        if (test(out)) {
          clearInterval(timer);
          resolve();
        }
      }, 50);
      child.once('exit', () => {
        clearInterval(timer);
        reject(new Error(`watch mode exited before printing ${String(done)}:\n${out}`));
      });
    });
  try {
    await waitFor('Watching exercises/');
    expect(out).toContain('01-untouched   not started');
    copyFileSync(variantPath('pass'), join(kit.dir('01-untouched'), 'add.ts'));
    // The table's line and the summary line after it may arrive in separate chunks.
    await waitFor((text) => /01-untouched   passed[\s\S]*\ntests: [^\n]*\n/.test(text));
    expect(out.trimEnd().split('\n').at(-1)).toBe('tests: 2 passed, 0 failed');
  } finally {
    child.kill();
  }
}, 300_000);

test('hints are revealed one at a time and the progress is remembered', () => {
  const root = makeTempRoot();
  try {
    mkdirSync(join(root, 'exercises', '01-x'), { recursive: true });
    writeFileSync(join(root, 'exercises', '01-x', 'hints.md'), '# Hints\n\n## Hint 1\n\none\n\n## Hint 2\n\ntwo\n');
    expect(reveal(root, '01-x')).toMatchObject({ shown: [{ number: 1, text: 'one' }], seen: 1, total: 2, exhausted: false });
    expect(reveal(root, '01-x')).toMatchObject({ shown: [{ number: 2, text: 'two' }], seen: 2, exhausted: false });
    expect(reveal(root, '01-x')).toMatchObject({ shown: [], seen: 2, exhausted: true });
    expect(reveal(root, '01-x', true).shown.map((h) => h.text)).toEqual(['one', 'two']);
    expect(JSON.parse(readFileSync(join(root, 'reports', 'hints.json'), 'utf8'))).toEqual({ '01-x': 2 });
  } finally {
    removeTempRoot(root);
  }
});

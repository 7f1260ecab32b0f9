// The kit's own tests read the exercises as shipped (grader/shipped.ts), never the learner's
// files. Proved on copies: a fixture kit without git and with git (work committed over a starter),
// and a git copy of the real kit with every solution copied in, one starter broken and the work
// committed, whose self-tests stay green while grading marks exactly the exercises that changed.
import { afterAll, describe, expect, test } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeExercises } from '../../grader/grade';
import { loadMetadata } from '../../grader/metadata';
import { writeShippedExercises } from '../../grader/shipped';
import { makeTempRoot, removeTempRoot, repoRoot, scenarioKit, variantPath } from './helpers/temp-kit';

const roots: string[] = [];
afterAll(() => roots.forEach(removeTempRoot));
const temp = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-test-'));
  roots.push(dir);
  return dir;
};
const git = (root: string, ...args: string[]) =>
  execFileSync(
    'git',
    ['-C', root, '-c', 'user.name=learner', '-c', 'user.email=learner@example.com', '-c', 'commit.gpgsign=false', ...args],
    { stdio: 'pipe' },
  );
const pristineAdd = () => readFileSync(join(__dirname, 'fixtures', 'exercise', 'add.ts.txt'), 'utf8');

describe('the shipped exercises, written elsewhere', () => {
  test("without git, files whose sha256 is the manifest's are used, and it says so", () => {
    const kit = scenarioKit(['01-a', '02-b']);
    roots.push(kit.root);
    const dest = temp();
    const copy = writeShippedExercises(kit.root, dest, kit.manifestPath);
    expect(copy).toEqual({
      source: 'files',
      unavailable: {},
      note: "git does not hold the shipped exercises (a downloaded zip?): files on disk were used where their sha256 is the manifest's",
    });
    expect(readFileSync(join(dest, 'exercises', '01-a', 'add.ts'), 'utf8')).toBe(pristineAdd());
  });

  test('without git, an edited starter cannot be recovered: its exercise is named, never read silently', () => {
    const kit = scenarioKit(['01-a', '02-b']);
    roots.push(kit.root);
    copyFileSync(variantPath('pass'), join(kit.dir('02-b'), 'add.ts'));
    writeFileSync(join(kit.dir('01-a'), 'mine.test.ts'), '// a check the learner added\n');
    const dest = temp();
    const copy = writeShippedExercises(kit.root, dest, kit.manifestPath);
    expect(copy.unavailable).toEqual({ '02-b': "exercises/02-b/add.ts is not in git's objects and differs from the shipped file" });
    expect(copy.note).toContain('not checked, as they differ from what shipped: 02-b');
    expect(readdirSync(join(dest, 'exercises')).sort()).toEqual(['01-a', 'exercises.json', 'support']);
    expect(readdirSync(join(dest, 'exercises', '01-a')).sort()).toEqual(['add.test.ts', 'add.ts']);
  });

  test("with git, the shipped starter comes back from git's objects even after the learner committed their work over it", () => {
    const kit = scenarioKit(['01-a']);
    roots.push(kit.root);
    git(kit.root, 'init', '-q');
    git(kit.root, 'add', 'exercises', 'solutions', 'manifest.json');
    git(kit.root, 'commit', '-qm', 'the kit as shipped');
    copyFileSync(variantPath('pass'), join(kit.dir('01-a'), 'add.ts'));
    git(kit.root, 'commit', '-qam', 'my work');
    const dest = temp();
    expect(writeShippedExercises(kit.root, dest, kit.manifestPath)).toEqual({ source: 'git', unavailable: {} });
    expect(readFileSync(join(dest, 'exercises', '01-a', 'add.ts'), 'utf8')).toBe(pristineAdd());
    expect(readFileSync(join(dest, 'solutions', '01-a', 'add.ts'), 'utf8')).toBe(readFileSync(variantPath('pass'), 'utf8'));
  });
});

describe("a copy of the real kit holding a learner's work", () => {
  /** A git repository holding the kit's exercises, solutions, grader and grader tests as shipped. */
  function learnerKit(): string {
    const root = makeTempRoot(); // node_modules, grader and engine linked
    roots.push(root);
    writeShippedExercises(repoRoot, root);
    // Real copies (not links) of what the kit's tests import relative to themselves, and git's files.
    for (const linked of ['grader']) {
      removeTempRoot(join(root, linked));
      cpSync(join(repoRoot, linked), join(root, linked), { recursive: true });
    }
    cpSync(join(repoRoot, 'test', 'grader'), join(root, 'test', 'grader'), { recursive: true });
    for (const file of ['package.json', 'tsconfig.json', 'vitest.config.ts']) copyFileSync(join(repoRoot, file), join(root, file));
    git(root, 'init', '-q');
    writeFileSync(join(root, '.gitignore'), 'node_modules\nengine\nreports/\n');
    git(root, 'add', '.');
    git(root, 'commit', '-qm', 'the kit as shipped');
    return root;
  }
  const metadata = loadMetadata(repoRoot);
  const code = metadata.find((e) => e.kind === 'code')!;
  const quiz = metadata.find((e) => e.kind === 'quiz')!;
  const solve = (root: string, id: string, starter: string) =>
    copyFileSync(join(root, 'solutions', id, starter), join(root, 'exercises', id, starter));
  const breakStarter = (root: string) => writeFileSync(join(root, 'exercises', code.id, code.starter), 'export const broken = ;\n');

  test('grading marks exactly the exercises that changed: one solved, one broken, the rest not started', async () => {
    const root = learnerKit();
    solve(root, quiz.id, quiz.starter);
    breakStarter(root);
    const reports = await gradeExercises({ root, timeoutMs: 20_000 });
    expect(reports.map((e) => [e.id, e.status])).toEqual(
      metadata.map((e) => [e.id, e.id === quiz.id ? 'passed' : e.id === code.id ? 'error' : 'not_started']),
    );
  }, 120_000);

  test("every other solution copied in, one starter broken, all of it committed: the kit's self-tests stay green", () => {
    const root = learnerKit();
    for (const e of metadata) solve(root, e.id, e.starter);
    breakStarter(root);
    git(root, 'commit', '-qam', 'my work, one exercise broken');
    const vitest = join(createRequire(import.meta.url).resolve('vitest/package.json'), '..', 'vitest.mjs');
    const json = join(root, 'reports', 'self-tests.json');
    const r = spawnSync(
      process.execPath,
      [vitest, 'run', 'test/grader/kit-exercises.test.ts', '--config', 'vitest.config.ts', '--reporter=json', `--outputFile.json=${json}`],
      {
        cwd: root,
        encoding: 'utf8',
        timeout: 280_000,
        env: { ...process.env, CI: '' },
      },
    );
    const result = JSON.parse(readFileSync(json, 'utf8')) as {
      numFailedTests: number;
      numPassedTests: number;
      numFailedTestSuites: number;
    };
    expect({ status: r.status, failed: result.numFailedTests, brokenFiles: result.numFailedTestSuites }).toEqual({
      status: 0,
      failed: 0,
      brokenFiles: 0,
    });
    expect(result.numPassedTests).toBeGreaterThan(20);
  }, 300_000);
});

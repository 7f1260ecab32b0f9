// `npm test` on a fixture kit that has its own tiny kit tests: the score table comes first, the
// kit's tests after it; a green run is remembered and skipped while nothing but the learner's
// files changed; CI=true and --no-cache run them anyway; a failing kit test is one short
// paragraph with the full log's path, and the only thing that makes the command fail.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { spawnSync } from 'node:child_process';
import { appendFileSync, copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { kitKey } from '../../grader/kit-cache';
import { removeTempRoot, repoRoot, scenarioKit, variantPath } from './helpers/temp-kit';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');
const cli = join(repoRoot, 'grader', 'cli.ts');
let kit: ReturnType<typeof scenarioKit>;

beforeAll(() => {
  kit = scenarioKit(['01-untouched']);
  // A plain object: the fixture kit's config needs no import.
  writeFileSync(join(kit.root, 'vitest.config.ts'), "export default { test: { include: ['test/**/*.test.ts'] } };\n");
  mkdirSync(join(kit.root, 'test'));
  writeFileSync(
    join(kit.root, 'test', 'ok.test.ts'),
    "import { expect, test } from 'vitest';\ntest('one is one', () => expect(1).toBe(1));\n",
  );
});
afterAll(() => removeTempRoot(kit.root));

function npmTest(extra: string[] = [], env: Record<string, string> = {}) {
  const { CI: _ci, ...inherited } = process.env;
  const r = spawnSync(process.execPath, [tsxCli, cli, `--root=${kit.root}`, `--manifest=${kit.manifestPath}`, ...extra], {
    encoding: 'utf8',
    timeout: 120_000,
    env: { ...inherited, ...env },
  });
  const lines = r.stdout.trimEnd().split('\n');
  const kitLines = lines.filter((l) => l.startsWith('Kit tests: ') && !l.includes('running'));
  return { status: r.status, stdout: r.stdout, lines, kitLine: kitLines.at(-1) ?? '', last: lines.at(-1) };
}

const ran = /^Kit tests: 1 passed, 0 failed, 0 skipped \(\d+\.\d s\)$/;
const cached = /^Kit tests: 1 passed \(cached: kit unchanged since \d{4}-\d\d-\d\d \d\d:\d\d UTC; `npm test -- --no-cache` runs them\)$/;

describe('the kit tests after the score, remembered while the kit is unchanged', () => {
  test('the first run prints what it does, the table, then runs the kit tests', () => {
    const r = npmTest();
    expect(r.status).toBe(0);
    expect(r.lines[0]).toBe('Grading 1 exercise…');
    const table = r.lines.indexOf('EXERCISE       STATUS        CHECKS   POINTS');
    const running = r.lines.findIndex((l) => l.startsWith('Kit tests: running 1 files'));
    expect(table).toBeGreaterThan(0);
    expect(running).toBeGreaterThan(table);
    expect(r.kitLine).toMatch(ran);
    expect(r.last).toBe('tests: 1 passed, 0 failed');
  }, 130_000);

  test('a second run skips them and says since when', () => {
    const r = npmTest();
    expect(r.kitLine).toMatch(cached);
    expect(r.stdout).not.toContain('running');
    expect(r.last).toBe('tests: 1 passed, 0 failed');
    expect(r.status).toBe(0);
  }, 130_000);

  test('a learner editing their exercise keeps the cache', () => {
    copyFileSync(variantPath('fail'), join(kit.dir('01-untouched'), 'add.ts'));
    const r = npmTest();
    expect(r.kitLine).toMatch(cached);
    expect(r.lines).toContain('01-untouched   in progress   1/2      0/5');
    // An exercise in progress is the learner's business: the command still succeeds.
    expect(r.status).toBe(0);
    expect(r.last).toBe('tests: 2 passed, 1 failed');
  }, 130_000);

  test('CI=true and --no-cache always run them', () => {
    expect(npmTest([], { CI: 'true' }).kitLine).toMatch(ran);
    expect(npmTest(['--no-cache']).kitLine).toMatch(ran);
  }, 130_000);

  test('a change to any other kit file runs them again', () => {
    appendFileSync(join(kit.root, 'exercises', 'support', 'globals.d.ts'), '// changed\n');
    expect(npmTest().kitLine).toMatch(ran);
    expect(npmTest().kitLine).toMatch(cached);
  }, 130_000);

  test('a failing kit test is one short paragraph, without colour codes, naming the full log; the command fails', () => {
    const why = Array.from({ length: 50 }, (_, i) => `reason line ${i + 1}`).join('\\n');
    writeFileSync(
      join(kit.root, 'test', 'broken.test.ts'),
      `import { test } from 'vitest';\ntest('the kit is broken', () => { throw new Error('${why}'); });\n`,
    );
    try {
      const r = npmTest();
      expect(r.status).toBe(1);
      const from = r.lines.findIndex((l) => l.startsWith('Kit tests: 1 failed, 1 passed'));
      expect(from).toBeGreaterThan(r.lines.indexOf('EXERCISE       STATUS        CHECKS   POINTS'));
      expect(r.lines.slice(from)).toEqual([
        expect.stringMatching(
          /^Kit tests: 1 failed, 1 passed \(\d+\.\d s\)\. The kit itself \(not your exercises\) is not as shipped or is broken:$/,
        ),
        '  ✗ test/broken.test.ts › the kit is broken',
        '      Error: reason line 1',
        '      reason line 2',
        '      reason line 3',
        '      reason line 4',
        '  Full log: reports/kit-tests.log (`git status` shows what differs from the shipped kit)',
        'tests: 2 passed, 2 failed',
      ]);
      expect(r.stdout).not.toContain('\u001b');
      const log = readFileSync(join(kit.root, 'reports', 'kit-tests.log'), 'utf8');
      expect(log).toContain('reason line 50');
      expect(log).not.toContain('\u001b');
    } finally {
      rmSync(join(kit.root, 'test', 'broken.test.ts'));
    }
    // The key is the kit's content: back as it was at its last green run, the cache holds again.
    expect(npmTest().kitLine).toMatch(cached);
  }, 200_000);
});

test('the key, in a git checkout with linked folders (node_modules as a symlink): learner files left out, any other change counts', () => {
  const other = scenarioKit(['01-a']);
  try {
    execFileSync('git', ['-C', other.root, 'init', '-q']);
    execFileSync('git', ['-C', other.root, 'add', 'exercises', 'solutions', 'manifest.json']);
    const key = kitKey(other.root);
    expect(kitKey(other.root)).toBe(key);
    copyFileSync(variantPath('pass'), join(other.dir('01-a'), 'add.ts'));
    expect(kitKey(other.root)).toBe(key);
    appendFileSync(join(other.dir('01-a'), 'add.test.ts'), '// edited\n');
    expect(kitKey(other.root)).not.toBe(key);
  } finally {
    removeTempRoot(other.root);
  }
});

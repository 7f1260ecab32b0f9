// Runs the kit's own tests (vitest, vitest.config.ts) in a child process and reads its JSON
// report. The whole output goes to reports/kit-tests.log; what a learner sees of a failure is
// only which tests failed and the first lines of why (kit-failures.ts).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KitTestsSummary } from './report';
import { stripAnsi } from './strip-ansi';

export interface KitFailure {
  /** The test file, from the kit's root, and the test's full name (or "(the file did not load)"). */
  file: string;
  name: string;
  /** Why, without colour codes. */
  why: string;
}

export interface KitTestsRun extends KitTestsSummary {
  failures: KitFailure[];
  logPath: string;
  ms: number;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  numFailedTestSuites?: number;
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults: { fullName: string; title: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** The kit's test files vitest will run (vitest.config.ts: test/**\/*.test.ts, not *.browser.test.ts). */
export function countKitTestFiles(root: string): number {
  const count = (dir: string): number =>
    readdirSync(dir, { withFileTypes: true }).reduce((n, entry) => {
      if (entry.isDirectory()) return n + (entry.name === 'fixtures' ? 0 : count(join(dir, entry.name)));
      return n + (entry.name.endsWith('.test.ts') && !entry.name.endsWith('.browser.test.ts') ? 1 : 0);
    }, 0);
  try {
    return count(join(root, 'test'));
  } catch {
    return 0;
  }
}

/**
 * Why a test failed, as the reporter's failure block says it (" FAIL  file > … > title", then the
 * error): the JSON's own message is a bare "STACK_TRACE_ERROR" for a timeout.
 */
function whyFromLog(log: string, file: string, title: string): string | undefined {
  const lines = log.split('\n');
  const at = lines.findIndex((l) => l.startsWith(' FAIL ') && l.includes(file) && l.endsWith(`> ${title}`));
  if (at < 0) return undefined;
  const end = lines.findIndex((l, i) => i > at && (l.trim() === '' || l.startsWith(' ❯ ') || l.startsWith('⎯')));
  const why = lines
    .slice(at + 1, end < 0 ? undefined : end)
    .join('\n')
    .trim();
  return why || undefined;
}

function failuresOf(json: VitestJson, root: string, log: string): KitFailure[] {
  const failures: KitFailure[] = [];
  for (const file of json.testResults ?? []) {
    const path = file.name.startsWith(root) ? file.name.slice(root.length).replace(/^[/\\]/, '') : file.name;
    const failed = file.assertionResults.filter((a) => a.status === 'failed');
    for (const a of failed) {
      const why = whyFromLog(log, path, a.title) ?? stripAnsi(a.failureMessages?.[0] ?? '');
      failures.push({ file: path, name: a.fullName, why });
    }
    if (failed.length === 0 && file.status === 'failed') {
      failures.push({ file: path, name: '(the file did not load)', why: stripAnsi(file.message ?? '') });
    }
  }
  return failures;
}

/**
 * Runs the kit's tests; `onFileDone(done)` is called as each test file finishes (read from the
 * default reporter's lines).
 */
export function runKitTests(root: string, onFileDone: (done: number) => void = () => undefined): Promise<KitTestsRun> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const jsonPath = join(root, 'reports', 'kit-tests.json');
  const logPath = join(root, 'reports', 'kit-tests.log');
  mkdirSync(dirname(jsonPath), { recursive: true });
  rmSync(jsonPath, { force: true });
  const args = [
    vitest,
    'run',
    '--config',
    'vitest.config.ts',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${jsonPath}`,
  ];
  return new Promise((resolve) => {
    // Piped, not a terminal: vitest's reporter prints each finished file as one line.
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let output = '';
    let pending = '';
    let done = 0;
    const read = (chunk: Buffer) => {
      const text = chunk.toString();
      output += text;
      pending += text;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        // " ✓ test/engine/x.test.ts (12 tests) 40ms", " ❯ …" or " × …" when a file had failures.
        if (/^\s*[✓❯×↓]\s+test\/\S+\.test\.ts/.test(line)) onFileDone(++done);
      }
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      const log = stripAnsi(output);
      writeFileSync(logPath, log);
      try {
        const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as VitestJson;
        const failures = failuresOf(json, root, log);
        // A file that fails to load has no failed test, but must still fail the run.
        const brokenFiles = json.numFailedTests === 0 && code !== 0 ? Math.max(1, json.numFailedTestSuites ?? 1) : 0;
        if (brokenFiles > 0 && failures.length === 0)
          failures.push({ file: '(vitest)', name: `exited with code ${code}`, why: lastLines(output) });
        resolve({
          passed: json.numPassedTests,
          failed: json.numFailedTests + brokenFiles,
          skipped: json.numPendingTests + (json.numTodoTests ?? 0),
          failures,
          logPath,
          ms,
        });
      } catch {
        const failures = [{ file: '(vitest)', name: `exited with code ${code} and wrote no report`, why: lastLines(output) }];
        resolve({ passed: 0, failed: 1, skipped: 0, failures, logPath, ms });
      }
    });
  });
}

function lastLines(output: string): string {
  return stripAnsi(output).trimEnd().split('\n').slice(-5).join('\n');
}

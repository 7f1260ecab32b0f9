// Runs the kit's own tests (vitest, vitest.config.ts) in a child process and reads its JSON
// report. The output is kept and shown only when something failed.
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { KitTestsSummary } from './report';

export interface KitTestsRun extends KitTestsSummary {
  output: string;
  ms: number;
}

interface VitestJson {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests?: number;
  numFailedTestSuites?: number;
}

export function runKitTests(root: string): Promise<KitTestsRun> {
  const started = performance.now();
  const require = createRequire(import.meta.url);
  const vitest = join(dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
  const jsonPath = join(root, 'reports', 'kit-tests.json');
  mkdirSync(dirname(jsonPath), { recursive: true });
  rmSync(jsonPath, { force: true });
  const args = [vitest, 'run', '--config', 'vitest.config.ts', '--passWithNoTests',
    '--reporter=default', '--reporter=json', `--outputFile.json=${jsonPath}`];
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: root, env: { ...process.env, FORCE_COLOR: '0' } });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('close', (code) => {
      const ms = performance.now() - started;
      try {
        const json = JSON.parse(readFileSync(jsonPath, 'utf8')) as VitestJson;
        // A test file that fails to load has no failed test, but must still fail the run.
        const brokenFiles = json.numFailedTests === 0 && code !== 0 ? Math.max(1, json.numFailedTestSuites ?? 1) : 0;
        resolve({
          passed: json.numPassedTests,
          failed: json.numFailedTests + brokenFiles,
          skipped: json.numPendingTests + (json.numTodoTests ?? 0),
          output,
          ms,
        });
      } catch {
        resolve({ passed: 0, failed: 1, skipped: 0, output: `${output}\n(vitest exited with code ${code} and wrote no report)`, ms });
      }
    });
  });
}

// The check worker's result channel is signed (test-pool.ts, test-worker.ts): code in the worker
// that reaches parentPort anyway (here a check file, which the import guard does not restrict)
// and posts a whole passing run, even "signed" with workerData's token, ends the run as crashed
// with the forgery named, and no check passed. The same file without the forgery passes.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FORGED_MESSAGE, runJobs, type RunResult } from '../../grader/test-pool';
import { makeTempRoot, removeTempRoot } from './helpers/temp-kit';

let root: string;
let results: Map<string, RunResult>;

const checks = `import { check, test } from '../../grader/harness';
test('one is one', () => check(1 === 1, 'one is one'));
test('two is two', () => check(2 === 2, 'two is two'));
`;
const forged = `import { parentPort, workerData } from 'node:worker_threads';
import { check, test } from '../../grader/harness';
test('one is one', () => check(1 === 2, 'one is not two'));
test('two is two', () => check(2 === 3, 'two is not three'));
// The token the worker was given, if it were still there; it is not.
const token = (workerData as { token?: string } | null)?.token;
const names = ['one is one', 'two is two'];
parentPort!.postMessage({ type: 'registered', names, token });
for (const name of names) parentPort!.postMessage({ type: 'test', outcome: { name, status: 'passed' }, token });
parentPort!.postMessage({ type: 'done', token });
`;

beforeAll(async () => {
  root = makeTempRoot();
  const file = (id: string, text: string): string => {
    mkdirSync(join(root, 'exercises', id), { recursive: true });
    writeFileSync(join(root, 'exercises', id, 'x.test.ts'), text);
    return join(root, 'exercises', id, 'x.test.ts');
  };
  const job = (path: string) => ({ kind: 'tests' as const, testFiles: [path], run: true, seed: 1 });
  results = await runJobs(
    [
      { key: 'forged', job: job(file('01-forged', forged)) },
      { key: 'honest', job: job(file('02-honest', checks)) },
    ],
    { size: 1, timeoutMs: 20_000 },
  );
}, 120_000);
afterAll(() => removeTempRoot(root));

test('a passing run posted by code in the worker is named as forged, and nothing passes', () => {
  const r = results.get('forged')!;
  expect(r.outcome).toBe('crashed');
  expect(r.crash).toBe(FORGED_MESSAGE);
  expect(r.tests).toEqual([]);
});

test('the next job, on a fresh worker, reports its own checks as usual', () => {
  expect(results.get('honest')).toEqual({
    outcome: 'done',
    tests: [
      { name: 'one is one', status: 'passed' },
      { name: 'two is two', status: 'passed' },
    ],
  });
});

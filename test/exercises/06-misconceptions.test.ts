// Exercise 06, question 6: duplicate states are refused, and a misspelt state is called a typo.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '06-misconceptions';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'answers.ts'), 'utf8');
const ANSWER = "['running', 'paused', 'restarting']";
const answering = (states: string): string => solution.replace(ANSWER, states);

afterAll(removeKits);

test('the reference answers pass', async () => {
  expect(solution).toContain(ANSWER);
  expect(failures(await runChecks(ID, 'answers.ts', solution))).toEqual([]);
}, 30_000);

test('a state listed twice is refused', async () => {
  expect(failures(await runChecks(ID, 'answers.ts', answering("['running', 'paused', 'restarting', 'running']")))).toEqual([
    '6 (docker ps states): running is listed more than once; name each state once',
  ]);
});

test('a misspelt state is a typo, a missing or extra one is explained', async () => {
  expect(failures(await runChecks(ID, 'answers.ts', answering("['runing', 'paused', 'restarting']")))).toEqual([
    '6 (docker ps states): "runing" is not a container state (the file does not compile); the seven are created, running, paused, restarting, removing, exited, dead',
  ]);
  expect(failures(await runChecks(ID, 'answers.ts', answering("['running', 'exited']")))).toEqual([
    '6 (docker ps states): exited is only shown with -a; 2 state(s) missing: docker ps shows every container whose process is alive, even if frozen or restarting',
  ]);
});

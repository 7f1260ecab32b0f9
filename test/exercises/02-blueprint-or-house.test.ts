// Exercise 02: a typo is reported as a typo (the same line the type check reports), never as a
// wrong answer whose hint points at the other answer.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '02-blueprint-or-house';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'answers.ts'), 'utf8');

afterAll(removeKits);

test('the reference answers pass', async () => {
  expect(failures(await runChecks(ID, 'answers.ts', solution))).toEqual([]);
}, 30_000);

test('a typo says it is not an allowed answer, and names the allowed ones', async () => {
  const typo = solution.replace("readOnly: Thing = 'image'", "readOnly: Thing = 'imgae'");
  expect(failures(await runChecks(ID, 'answers.ts', typo))).toEqual([
    '1 (read-only): "imgae" is not one of the answers its type allows, so it is not graded as an answer (the file does not compile). ' +
      'Copy one of: "image" or "container"',
  ]);
});

test('a wrong answer gets the hint', async () => {
  const wrong = solution.replace("readOnly: Thing = 'image'", "readOnly: Thing = 'container'");
  expect(failures(await runChecks(ID, 'answers.ts', wrong))).toEqual([
    '1 (read-only): "container" is not right. Which one keeps changing while software runs, and which one never does?',
  ]);
});

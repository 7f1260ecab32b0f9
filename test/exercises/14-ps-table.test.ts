// Exercise 14: a table that differs by one space shows a line diff (line, column, whitespace
// made visible), not one JSON-escaped string; hints come in step order.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHints } from '../../grader/hints';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '14-ps-table';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'ps.ts'), 'utf8');

afterAll(removeKits);

test('the reference solution passes', async () => {
  expect(failures(await runChecks(ID, 'ps.ts', solution))).toEqual([]);
}, 30_000);

test('columns one space too narrow: the first differing line, its column, spaces shown', async () => {
  const narrow = solution.replace('length + 3', 'length + 2');
  expect(narrow).not.toBe(solution);
  const [first] = failures(await runChecks(ID, 'ps.ts', narrow));
  expect(first).toBe(
    [
      "formatPs(…, { all: false }): line 1, column 15 differs (· is a space, ⏎ a line's end):",
      '  expected: CONTAINER·ID···IMAGE·····COMMAND··················CREA…',
      '  got:      CONTAINER·ID··IMAGE·····COMMAND·················CREATE…',
      '                          ^',
    ].join('\n'),
  );
});

test("the hints follow the README's steps", () => {
  const hints = parseHints(readFileSync(join(repoRoot, 'exercises', ID, 'hints.md'), 'utf8'));
  const steps = hints.map((h) => Number(/Steps? (\d)/.exec(h)?.[1]));
  expect(steps).toEqual([1, 2, 5]);
});

// Exercise 11: Docker's refusals are the point of the exercise, so they are not listed as the
// learner's mistakes; any other failed command is.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '11-rmi-refuses';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'commands.sh'), 'utf8');

afterAll(removeKits);

test('the reference solution passes', async () => {
  expect(failures(await runChecks(ID, 'commands.sh', solution))).toEqual([]);
}, 30_000);

test('rmi -f by tag: the refusal of rm is not listed, the untagged image is explained', async () => {
  const forced = 'docker rmi nginx\ndocker rm web\ndocker rmi -f nginx\ndocker images\n';
  expect(failures(await runChecks(ID, 'commands.sh', forced))).toEqual([
    'web still exists (running): a container keeps its image alive; stop and remove it',
    expect.stringMatching(/^an untagged image \([0-9a-f]{12}\) is left: `rmi -f` by tag only removes the name/),
  ]);
});

test('a typo in a command is listed before the diagnosis', async () => {
  const typo = 'docker rmi nginx\ndocker rn -f web\ndocker rmi nginx\n';
  const [first] = failures(await runChecks(ID, 'commands.sh', typo));
  expect(first!.split('\n').slice(0, 3)).toEqual([
    '1 of your 3 commands failed (besides 2 refusals the exercise asks for):',
    '  line 2 (exit code 1): docker rn -f web',
    '    docker: unknown command: docker rn',
  ]);
  expect(first!.endsWith('\n\nweb still exists (running): a container keeps its image alive; stop and remove it')).toBe(true);
});

// Exercise 01's checks: a `docker run` without -d does not pass (it would block a real host), and
// the reference solution does.
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '01-first-container';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'commands.sh'), 'utf8');

afterAll(removeKits);

describe('exercise 01', () => {
  test('the reference solution passes every check', async () => {
    expect(failures(await runChecks(ID, 'commands.sh', solution))).toEqual([]);
  }, 30_000);

  test('docker run without -d fails the first check, saying why a real host would block', async () => {
    const outcomes = await runChecks(ID, 'commands.sh', 'docker pull nginx\ndocker run --name web -p 8080:80 nginx\n');
    expect(failures(outcomes)).toEqual([
      [
        '1 would not return on a real host:',
        '  line 2: docker run --name web -p 8080:80 nginx',
        "    does not return on a real host: without -d, docker run stays attached to the container's output, so the lines after it never run; " +
          'Ctrl+C then stops the container. Add -d to run it in the background.',
      ].join('\n'),
    ]);
  });

  test('-d in a cluster of short flags (-dp) counts as detached', async () => {
    expect(failures(await runChecks(ID, 'commands.sh', 'docker run -dp 8080:80 --name web nginx\n'))).toEqual([]);
  });

  test('a typo shows the whole error, with the exit code, before the diagnosis', async () => {
    const outcomes = await runChecks(ID, 'commands.sh', 'docker run -d --name web -p 8080:80 nginxx\n');
    expect(failures(outcomes).slice(0, 3)).toEqual([
      [
        '1 of your 1 commands failed:',
        '  line 1 (exit code 125): docker run -d --name web -p 8080:80 nginxx',
        "    Unable to find image 'nginxx:latest' locally",
        "    docker: Error response from daemon: pull access denied for nginxx, repository does not exist or may require 'docker login'",
        "    Run 'docker run --help' for more information",
      ].join('\n'),
      'no image tagged nginx:latest: pull it with `docker pull nginx` (docker run also pulls a missing image)',
      "no container named web: line 1, which names it, failed: docker: Error response from daemon: pull access denied for nginxx, repository does not exist or may require 'docker login'",
    ]);
  });
});

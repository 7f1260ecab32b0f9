// Exercise 03's checks: a failed command is shown whole before the diagnosis, a port conflict
// names the container holding the port and what to change, and long lists are cut.
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '03-one-image-many-containers';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'commands.sh'), 'utf8');

afterAll(removeKits);

describe('exercise 03', () => {
  test('the reference solution passes every check', async () => {
    expect(failures(await runChecks(ID, 'commands.sh', solution))).toEqual([]);
  }, 30_000);

  test('a copy-pasted -p 8081:80 for web2: the failed run first, then who holds the port and what to change', async () => {
    const pasted = solution.replace('--name web2 -p 8082:80', '--name web2 -p 8081:80');
    const [first, second] = failures(await runChecks(ID, 'commands.sh', pasted));
    expect(first).toBe(
      [
        '1 of your 4 commands failed:',
        '  line 4 (exit code 125): docker run -d --name web2 -p 8081:80 nginx',
        '    docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity ' +
          'on endpoint web2 (9c51a6b500fbda0978852a06d65bbedc0d1c0cec97a28b880812df1844573a41): Bind for 0.0.0.0:8081 failed: port is already allocated',
        "    Run 'docker run --help' for more information",
        '',
        'web2 is created, not running: line 4 created it but could not start it, because host port 8081 is already published by web1. ' +
          'Two containers can both listen on port 80 inside, but not share a host port: use -p 8082:80 on that line',
      ].join('\n'),
    );
    expect(second).toBe('web2 publishes 8081->80/tcp, not 8082->80/tcp: use -p 8082:80');
  });

  test('many failing docker run lines give a message of at most 20 lines, with a count', async () => {
    // 300 lines through the checks; support.test.ts cuts 30,000 the same way without running them.
    const many = Array.from({ length: 300 }, () => 'docker run -d nginxx').join('\n');
    const [first] = failures(await runChecks(ID, 'commands.sh', many));
    const lines = first!.split('\n');
    expect(lines.length).toBeLessThanOrEqual(20);
    expect(lines[0]).toBe('300 of your 300 commands failed:');
    expect(lines).toContain('  … and 297 more (lines 4, 5, 6, 7, 8, …)');
    expect(lines[lines.length - 1]).toBe(
      'no container named web1 (the host has: none): start it with `docker run -d --name web1 -p 8081:80 nginx`',
    );
  }, 30_000);
});

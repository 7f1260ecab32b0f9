// docker logs: what the process printed, and --since, -t, --details, --follow.
import { describe, expect, it } from 'vitest';
import { T0, testHost } from '../../host';

describe('more docker commands', () => {
  it('logs shows what the process printed, with nginx timestamps from the host clock', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    const logs = run('docker logs web').stdout.split('\n');
    expect(logs[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(logs.some((l) => l.startsWith('2026/11/27 10:00:00 [notice] 1#1: '))).toBe(true);
    run('curl -s localhost:8080/');
    expect(run('docker logs --tail 1 web').stdout).toMatch(
      /^172\.17\.0\.1 - - \[27\/Nov\/2026:10:00:00 \+0000\] "GET \/ HTTP\/1\.1" 200 \d+ "-" "curl\/8\.14\.1" "-"\n$/,
    );
    expect(run('docker logs nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nope\n', exitCode: 1 });
  });
});

describe('logs', () => {
  it('--since keeps what was logged at or after the time, relative or absolute', () => {
    const { run, advance } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    advance(10 * 60_000);
    run('curl -s localhost:8080/');
    const all = run('docker logs web').stdout.split('\n').filter(Boolean);
    const recent = run('docker logs --since 5m web').stdout.split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(1);
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatch(/"GET \/ HTTP\/1\.1" 200/);
    expect(run('docker logs --since 2026-11-27T10:05:00Z web').stdout).toBe(recent[0] + '\n');
    expect(
      run(`docker logs --since ${T0 / 1000} web`)
        .stdout.split('\n')
        .filter(Boolean),
    ).toEqual(all);
    expect(run('docker logs --since 1h web').stdout.split('\n').filter(Boolean)).toEqual(all);
    expect(run('docker logs --since yesterday web')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n',
      exitCode: 1,
    });
  });

  it('-t prints RFC3339Nano with nine digits; --details adds the (empty) attributes and a space', () => {
    const { run } = testHost();
    run('docker run --name once alpine echo hi');
    expect(run('docker logs -t once').stdout).toBe('2026-11-27T10:00:00.000000000Z hi\n');
    expect(run('docker logs --details once').stdout).toBe(' hi\n');
    expect(run('docker logs --details -t once').stdout).toBe('2026-11-27T10:00:00.000000000Z  hi\n');
  });

  it('--follow prints what there is and returns (the host has no future output)', () => {
    const { run } = testHost();
    run('docker run --name once alpine echo hi');
    expect(run('docker logs -f once')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });
});

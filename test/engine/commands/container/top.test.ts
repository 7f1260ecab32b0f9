// docker top: the processes of a running container, as procps prints them.
import { describe, expect, it } from 'vitest';
import { psStartTime } from '../../../../engine/runtime/process-table';
import { T0, testHost } from '../../host';

const ID = /[0-9a-f]{64}/;

describe('docker top', () => {
  const row = (line: string) => line.split(/\s{3,}/);

  it("lists nginx's master and its two workers, with host PIDs under the shim", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const out = run('docker top web').stdout;
    const lines = out.trimEnd().split('\n');
    // tabwriter minwidth 20: every column but the last is 20 wide here.
    expect(lines[0]).toBe(['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME'].map((t) => t.padEnd(20)).join('') + 'CMD');
    const [master, w1, w2] = lines.slice(1).map(row);
    expect(lines).toHaveLength(4);
    expect(master).toEqual([
      'root',
      expect.stringMatching(/^\d+$/),
      expect.stringMatching(/^\d+$/),
      '0',
      '10:00',
      '?',
      '00:00:00',
      'nginx: master process nginx -g daemon off;',
    ]);
    const pid = run('docker inspect --format "{{.State.Pid}}" web').stdout.trim();
    expect(master![1]).toBe(pid);
    expect(Number(master![2])).toBeLessThan(Number(pid));
    for (const w of [w1, w2]) {
      expect(w![0]).toBe('101');
      expect(w![2]).toBe(pid);
      expect(w![7]).toBe('nginx: worker process');
    }
    expect(new Set([master![1], w1![1], w2![1]]).size).toBe(3);
  });

  it("shows other programs' command lines as root, and pts/0 for a container with a terminal", () => {
    const { run } = testHost();
    run('docker run -d --name sleeper alpine sleep 1000');
    expect(row(run('docker top sleeper').stdout.split('\n')[1]!)).toEqual([
      'root',
      expect.any(String),
      expect.any(String),
      '0',
      '10:00',
      '?',
      '00:00:00',
      'sleep 1000',
    ]);
    run('docker run -dit --name box busybox');
    expect(row(run('docker container top box -ef').stdout.split('\n')[1]!).slice(5)).toEqual(['pts/0', '00:00:00', 'sh']);
    run('docker run -d --name cache redis');
    expect(row(run('docker top cache').stdout.split('\n')[1]!)[7]).toBe('redis-server *:6379');
  });

  it('answers only for running containers, and says which ps options are simulated', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker pause web');
    expect(run('docker top web').exitCode).toBe(0);
    run('docker unpause web');
    run('docker stop web');
    const r = run('docker top web');
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^Error response from daemon: container ${ID.source} is not running\\n$`));
    run('docker start web');
    expect(run('docker top web aux')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: ps: only the default options (-ef) are simulated on this host, not: aux\n',
      exitCode: 1,
    });
  });

  it('shows the start as procps does: time of day, then month and day, then year', () => {
    expect(psStartTime(T0, T0 + 5 * 60_000)).toBe('10:00');
    expect(psStartTime(T0, T0 + 25 * 3600_000)).toBe('Nov27');
    expect(psStartTime(Date.UTC(2026, 0, 5, 8, 0), T0)).toBe('Jan05');
    expect(psStartTime(Date.UTC(2025, 11, 31, 8, 0), T0)).toBe('2025');
  });
});

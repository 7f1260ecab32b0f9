// docker rename, port and top, as CLI v29 and moby answer them (rename.go, port.go, top.go;
// daemon/rename.go, daemon/names.go, daemon/top_unix.go).
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../engine/format/natural-order';
import { psStartTime } from '../../engine/runtime/process-table';
import { T0, testHost } from './host';

const ID = /[0-9a-f]{64}/;

describe('docker rename', () => {
  it('renames silently; the old name is free again and the new one is what ps, inspect and the filter see', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker rename web site')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker ps --format "{{.Names}}"').stdout).toBe('site\n');
    expect(run('docker inspect --format "{{.Name}}" site').stdout).toBe('/site\n');
    expect(run('docker ps -q --filter name=web').stdout).toBe('');
    expect(run('docker inspect web').exitCode).toBe(1);
    expect(run('docker run -d --name web nginx').exitCode).toBe(0);
    // A leading slash is the canonical form of the same name.
    expect(run('docker container rename site /site2').exitCode).toBe(0);
    expect(run('docker ps -a --format "{{.Names}}"').stdout.split('\n').sort().join(' ')).toBe(' site2 web');
  });

  it("refuses as Docker does, each failure wrapped in the CLI's own words", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const other = run('docker create --name other nginx').stdout.trim();
    const fail = (line: string) => {
      const r = run(line);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(fail('docker rename web web')).toBe(
      'failed to rename container: Error response from daemon: Renaming a container with the same name as its current name\n',
    );
    expect(fail('docker rename web other')).toBe(
      `failed to rename container: Error response from daemon: Error when allocating new name: Conflict. The container name "/other" is already in use by container "${other}". You have to remove (or rename) that container to be able to reuse that name.\n`,
    );
    expect(fail("docker rename web 'my site'")).toBe(
      'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/my site), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
    );
    expect(fail('docker rename nope x2')).toBe('failed to rename container: Error response from daemon: No such container: nope\n');
    expect(fail('docker rename web ""')).toBe('new name cannot be blank\n');
    expect(fail('docker rename "" x2')).toBe('failed to rename container: invalid container name or ID: value is empty\n');
    expect(fail('docker rename web')).toBe(
      "docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n",
    );
    expect(run('docker ps -a --format "{{.Names}}"').stdout.split('\n').sort().join(' ')).toBe(' other web');
  });
});

describe('docker port', () => {
  it('lists every binding in natural order, IPv4 before IPv6, and one port’s bindings alone', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 -p 127.0.0.1:9090:80 -p 5353:53/udp -p 10000:443 nginx');
    expect(run('docker port web').stdout).toBe(
      [
        '53/udp -> 0.0.0.0:5353',
        '53/udp -> [::]:5353',
        '80/tcp -> 0.0.0.0:8080',
        '80/tcp -> 127.0.0.1:9090',
        '80/tcp -> [::]:8080',
        '443/tcp -> 0.0.0.0:10000',
        '443/tcp -> [::]:10000',
        '',
      ].join('\n'),
    );
    expect(run('docker port web 80').stdout).toBe('0.0.0.0:8080\n127.0.0.1:9090\n[::]:8080\n');
    expect(run('docker port web 80/tcp').stdout).toBe(run('docker port web 80').stdout);
    expect(run('docker container port web 53/udp').stdout).toBe('0.0.0.0:5353\n[::]:5353\n');
  });

  it('prints nothing for a container with no published port or one that is not running', () => {
    const { run } = testHost();
    run('docker run -d --name plain nginx');
    expect(run('docker port plain')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker run -d --name web -p 8080:80 nginx');
    run('docker stop web');
    expect(run('docker port web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker port web 80').stderr).toBe("no public port '80' published for web\n");
  });

  it('checks the port number as Go parses it', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    // CLI v29 container/port.go and moby api/types/network/port.go ParsePort.
    expect(run('docker port web 81')).toEqual({ stdout: '', stderr: "no public port '81' published for web\n", exitCode: 1 });
    expect(run('docker port web 80/udp').stderr).toBe("no public port '80/udp' published for web\n");
    expect(run('docker port web http').stderr).toBe("invalid port 'http': invalid syntax\n");
    expect(run('docker port web 70000').stderr).toBe("invalid port '70000': value out of range\n");
    expect(run('docker port nope').stderr).toBe('Error response from daemon: No such container: nope\n');
    expect(run('docker port web 80 81').stderr).toMatch(/^docker: 'docker port' requires at least 1 and at most 2 arguments\n/);
  });
});

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
    expect(master).toEqual(['root', expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/), '0', '10:00', '?', '00:00:00', 'nginx: master process nginx -g daemon off;']);
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
    expect(row(run('docker top sleeper').stdout.split('\n')[1]!)).toEqual(['root', expect.any(String), expect.any(String), '0', '10:00', '?', '00:00:00', 'sleep 1000']);
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

  it("shows the start as procps does: time of day, then month and day, then year", () => {
    expect(psStartTime(T0, T0 + 5 * 60_000)).toBe('10:00');
    expect(psStartTime(T0, T0 + 25 * 3600_000)).toBe('Nov27');
    expect(psStartTime(Date.UTC(2026, 0, 5, 8, 0), T0)).toBe('Jan05');
    expect(psStartTime(Date.UTC(2025, 11, 31, 8, 0), T0)).toBe('2025');
  });
});

describe('natural order', () => {
  it('compares digit runs by value and puts digits before other characters', () => {
    const sorted = ['80/tcp -> [::]:8080', '443/tcp', '80/tcp -> 0.0.0.0:8080', '9/tcp', '080/tcp', 'a', '80/tcp'].sort(naturalCompare);
    // Equal values: the run with fewer leading zeros first, decided where the runs start.
    expect(sorted).toEqual(['9/tcp', '80/tcp', '80/tcp -> 0.0.0.0:8080', '80/tcp -> [::]:8080', '080/tcp', '443/tcp', 'a']);
    expect(naturalCompare('x2', 'x10')).toBeLessThan(0);
    expect(naturalCompare('same', 'same')).toBe(0);
  });
});

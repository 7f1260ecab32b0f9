// Inside a container: ps sees the container's own PID namespace (main process 1), uname the host's
// one kernel, and the shell's errors read as that shell writes them (bash, dash or BusyBox ash).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('ps inside a container', () => {
  it('BusyBox: the shell is PID 1 and ps a child; the same table whatever the options', () => {
    const { run } = testHost();
    run('docker run -it --name box busybox');
    const table = ['PID   USER     TIME  COMMAND', '    1 root      0:00 sh', '    7 root      0:00 ps', ''].join('\n');
    expect(run('ps')).toEqual({ stdout: table, stderr: '', exitCode: 0 });
    expect(run('ps aux').stdout).toBe(table.replace('0:00 ps\n', '0:00 ps aux\n'));
    run('exit');
    // Run as the main process, ps is PID 1 itself.
    expect(run('docker run --rm busybox ps').stdout).toBe('PID   USER     TIME  COMMAND\n    1 root      0:00 ps\n');
  });

  it("names users from the container's own /etc/passwd", () => {
    const { run } = testHost();
    run('docker run -d --name al alpine sleep 500');
    expect(run('docker exec -u nobody al ps').stdout).toBe(
      'PID   USER     TIME  COMMAND\n    1 root      0:00 sleep 500\n    7 nobody    0:00 ps\n',
    );
  });

  it('procps in the full Debian images: ps, ps -ef and ps aux, the entrypoint replaced by the command', () => {
    const { run } = testHost();
    run('docker run -d --name api node:latest sleep 1000');
    expect(run('docker exec api ps').stdout).toBe(
      '    PID TTY          TIME CMD\n      1 ?        00:00:00 sleep\n      7 ?        00:00:00 ps\n',
    );
    expect(run('docker exec api ps -ef').stdout).toBe(
      [
        'UID          PID    PPID  C STIME TTY          TIME CMD',
        'root           1       0  0 10:00 ?        00:00:00 sleep 1000',
        'root           7       0  0 10:00 ?        00:00:00 ps -ef',
        '',
      ].join('\n'),
    );
    const aux = run('docker exec api ps aux').stdout.split('\n');
    expect(aux[0]).toBe('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    expect(aux[1]).toMatch(/^root {11}1 {2}0\.0 {2}0\.0 +\d+ +\d+ \? {8}Ss {3}10:00 {3}0:00 sleep 1000$/);
    // From a shell opened with exec -it, plain ps lists that terminal's processes only.
    run('docker exec -it api bash');
    expect(run('ps').stdout).toBe('    PID TTY          TIME CMD\n      7 pts/1    00:00:00 bash\n     13 pts/1    00:00:00 ps\n');
    expect(run('ps -ef').stdout.split('\n')[3]).toBe('root          13       7  0 10:00 pts/1    00:00:00 ps -ef');
  });

  it('is not there in the slim images, as in the real ones', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const r = run('docker exec web ps');
    expect(r.exitCode).toBe(127);
    expect(r.stderr).toContain('exec: "ps": executable file not found in $PATH');
    expect(run('docker exec web sh -c ps').stderr).toBe('sh: 1: ps: not found\n');
  });

  it("matches docker top's view: the same processes, host PIDs outside", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const top = run('docker top web').stdout.trimEnd().split('\n').slice(1);
    expect(top.map((l) => l.split(/\s{3,}/)[7])).toEqual([
      'nginx: master process nginx -g daemon off;',
      'nginx: worker process',
      'nginx: worker process',
    ]);
    // The start-up log names the workers' PIDs inside the container.
    expect(run('docker logs web').stdout).toMatch(/start worker process 29\n.*start worker process 30\n/);
  });
});

describe('uname inside a container', () => {
  it("prints the host's kernel, the one docker info reports", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const kernel = run('docker info --format "{{.KernelVersion}}"').stdout.trim();
    expect(run('docker exec web uname -r').stdout).toBe(`${kernel}\n`);
    expect(run('docker exec web uname').stdout).toBe('Linux\n');
    expect(run('docker exec web uname -sr').stdout).toBe(`Linux ${kernel}\n`);
    expect(run('docker exec web uname -a').stdout).toMatch(
      new RegExp(`^Linux [0-9a-f]{12} ${kernel.replace(/\./g, '\\.')} #1 .* x86_64 GNU/Linux\\n$`),
    );
    expect(run('docker exec web uname -n').stdout).toBe(run('docker exec web hostname').stdout);
  });
});

describe("the shell's own errors", () => {
  it('bash, dash and ash each word them their way', () => {
    const { run } = testHost();
    run('docker run -it --name u1 ubuntu bash');
    expect(run('nosuch')).toEqual({ stdout: '', stderr: 'bash: nosuch: command not found\n', exitCode: 127 });
    expect(run('cd /nope')).toEqual({ stdout: '', stderr: 'bash: cd: /nope: No such file or directory\n', exitCode: 1 });
    expect(run('echo hi > /nope/x')).toEqual({ stdout: '', stderr: 'bash: /nope/x: No such file or directory\n', exitCode: 1 });
    run('exit');
    run('docker pull debian');
    run('docker pull alpine');
    expect(run('docker run --rm debian sh -c "nosuch; cd /nope"').stderr).toBe("sh: 1: nosuch: not found\nsh: 1: cd: can't cd to /nope\n");
    expect(run('docker run --rm alpine sh -c "nosuch; cd /nope"').stderr).toBe(
      "sh: nosuch: not found\nsh: cd: can't cd to /nope: No such file or directory\n",
    );
  });
});

// docker start without -a prints each failure, then "failed to start containers: …"
// naming every argument that failed, a missing container too (CLI v29 start.go, which dropped the
// "Error: " that v28's text began with).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker start failures', () => {
  it('names a missing container in the summary line', () => {
    const { run } = testHost();
    run('docker create --name c1 alpine');
    expect(run('docker start nope c1')).toEqual({
      stdout: 'c1\n',
      stderr: 'Error response from daemon: No such container: nope\nfailed to start containers: nope\n',
      exitCode: 1,
    });
  });

  it('names a paused container in the summary line', () => {
    const { run } = testHost();
    run('docker run -d --name p1 nginx');
    run('docker pause p1');
    expect(run('docker start p1')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot start a paused container, try unpause instead\nfailed to start containers: p1\n',
      exitCode: 1,
    });
  });
});

describe('docker start -ai', () => {
  it("enters a created shell as the container's user, in its working directory, with its host name", () => {
    const { run, host } = testHost();
    run('docker create -it --name box -u nobody -w /tmp -h box alpine');
    expect(run('docker start -ai box')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    // ash's PS1 '\w \$ ' (busybox shell/ash.c): the directory, then $ for a user that is not root.
    expect(host.prompt()).toBe('/tmp $ ');
  });

  it('a start the daemon refuses leaves the container created (the user is resolved at start)', () => {
    const { run } = testHost();
    run('docker create --name ghost -u nope alpine true');
    expect(run('docker start ghost')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: unable to find user nope: no matching entries in passwd file\nfailed to start containers: ghost\n',
      exitCode: 1,
    });
    expect(run("docker ps -a --format '{{.State}}'").stdout).toBe('created\n');
  });
});

describe('start -a and -i', () => {
  it('-a prints what the process prints and takes its exit code instead of echoing the name', () => {
    const { run } = testHost();
    run('docker create --name hi hello-world');
    const out = run('docker start -a hi');
    expect(out.stdout.startsWith('\nHello from Docker!\n')).toBe(true);
    expect(out.exitCode).toBe(0);
    run('docker create --name fails alpine sh -c "exit 3"');
    expect(run('docker start -a fails')).toEqual({ stdout: '', stderr: '', exitCode: 3 });
    expect(run('docker start fails')).toEqual({ stdout: 'fails\n', stderr: '', exitCode: 0 });
  });

  it('-ai enters a TTY shell; attaching to two containers is refused', () => {
    const { run, host } = testHost();
    run('docker create -it --name box alpine sh');
    expect(run('docker start -ai box')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('/ # ');
    run('exit');
    expect(run('docker start -a box hi')).toEqual({
      stdout: '',
      stderr: 'you cannot start and attach multiple containers at once\n',
      exitCode: 1,
    });
  });
});

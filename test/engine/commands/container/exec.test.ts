// docker exec: commands/container/exec.ts (flags, one daemon request), the daemon's execIn and
// execShell (daemon/daemon.ts): the user is -u, else the container's own (run -u or the image's
// USER), resolved against the container's /etc/passwd (moby daemon/exec.go, moby/sys/user).
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../engine/daemon/daemon';
import { ContainerNotRunning, UnknownUser } from '../../../../engine/errors/daemon-errors';
import { daemonText } from '../../../../engine/errors/daemon-words';
import { parseReference } from '../../../../engine/model/reference';
import { plainRequest } from '../../../../engine/daemon/create-container';
import { testHost } from '../../host';

describe('docker exec', () => {
  it("runs as the container's user unless -u says otherwise", () => {
    const { run } = testHost();
    run('docker run -d --name web -u nginx nginx');
    expect(run('docker exec web whoami')).toEqual({ stdout: 'nginx\n', stderr: '', exitCode: 0 });
    expect(run('docker exec -u root web whoami')).toEqual({ stdout: 'root\n', stderr: '', exitCode: 0 });
  });

  it('names an unknown user or group as the daemon does (exit 1)', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec -u ghost web id')).toEqual({ stdout: '', stderr: 'Error response from daemon: unable to find user ghost: no matching entries in passwd file\n', exitCode: 1 });
    expect(run('docker exec -u root:ghosts web id')).toEqual({ stdout: '', stderr: 'Error response from daemon: unable to find group ghosts: no matching entries in group file\n', exitCode: 1 });
  });

  it('-it into a shell starts in -w, else the container working directory', () => {
    const { run, host } = testHost();
    run('docker run -d --name db redis');
    const id = run('docker ps -q').stdout.trim();
    expect(run('docker exec -it db bash')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe(`root@${id}:/data# `);
    run('exit');
    run('docker exec -it -w /tmp db bash');
    expect(host.prompt()).toBe(`root@${id}:/tmp# `);
  });

  it('a stopped container cannot be exec-ed into', () => {
    const { run } = testHost();
    run('docker create --name idle alpine');
    const id = run('docker ps -aq --no-trunc').stdout.trim();
    expect(run('docker exec idle ls')).toEqual({ stdout: '', stderr: `Error response from daemon: container ${id} is not running\n`, exitCode: 1 });
  });

  it('the daemon refuses with data, the CLI words it', () => {
    const daemon = new Daemon(1, () => 0);
    const { image } = daemon.pull(parseReference('alpine'));
    const c = daemon.createContainer(plainRequest(image, 'alpine', { cmd: ['sleep', '100'] }));
    expect(() => daemon.execIn(c.id, ['id'], { env: [] })).toThrow(ContainerNotRunning);
    daemon.start(c.id);
    let refusal: unknown;
    try {
      daemon.execIn(c.name, ['id'], { env: [], user: 'ghost' });
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(UnknownUser);
    expect(refusal).toMatchObject({ kind: 'user', who: 'ghost' });
    expect(daemonText(refusal as UnknownUser)).toBe('Error response from daemon: unable to find user ghost: no matching entries in passwd file');
    expect(daemon.execIn(c.name, ['whoami'], { env: [], user: 'nobody' }).stdout).toBe('nobody\n');
  });
});

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
    expect(run('docker exec -u ghost web id')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: unable to find user ghost: no matching entries in passwd file\n',
      exitCode: 1,
    });
    expect(run('docker exec -u root:ghosts web id')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: unable to find group ghosts: no matching entries in group file\n',
      exitCode: 1,
    });
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
    expect(run('docker exec idle ls')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: container ${id} is not running\n`,
      exitCode: 1,
    });
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
    expect(daemonText(refusal as UnknownUser)).toBe(
      'Error response from daemon: unable to find user ghost: no matching entries in passwd file',
    );
    expect(daemon.execIn(c.name, ['whoami'], { env: [], user: 'nobody' }).stdout).toBe('nobody\n');
  });
});

// Moved from the flat test files (tests mirror the source).
describe('more docker commands', () => {
  it('exec -it sh enters the container; exit leaves it running; run -it sh exits with the shell', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec -it web sh')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    // nginx's sh is dash: its prompt is `# ` and it leaves without a word (bash would say exit).
    expect(host.prompt()).toBe('# ');
    expect(run('echo inside > /tmp/x && cat /tmp/x').stdout).toBe('inside\n');
    expect(run('exit').stdout).toBe('');
    expect(host.prompt()).toBe('$ ');
    expect(host.snapshot().containers[0]!.state).toBe('running');
    run('docker run -it --name shell alpine sh');
    run('exit');
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toContain('shell Exited (0)');
  });
});

describe('exec -e and -u', () => {
  it('-e adds to the process environment: env and $VAR see it, the container does not keep it', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run(`docker exec -e GREETING=hello web sh -c 'echo $GREETING from $HOSTNAME in $HOME'`).stdout).toMatch(
      /^hello from [0-9a-f]{12} in \/root\n$/,
    );
    expect(run('docker exec -e NGINX_VERSION=0 -e A=1 web env').stdout).toMatch(/\nNGINX_VERSION=0\n(.*\n)*A=1\nHOME=\/root\n$/);
    expect(run(`docker exec web sh -c 'echo [$GREETING]'`).stdout).toBe('[]\n');
  });

  it('-u runs as a user of the image: id and whoami follow, unknown names are the daemon error', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker run -d --name al alpine sleep 1000');
    expect(run('docker exec -u nginx web id').stdout).toBe('uid=101(nginx) gid=101(nginx) groups=101(nginx)\n');
    expect(run('docker exec --user nginx web whoami').stdout).toBe('nginx\n');
    expect(run('docker exec -u 1234 web id').stdout).toBe('uid=1234 gid=0(root) groups=0(root)\n');
    expect(run('docker exec -u 1234 web whoami')).toEqual({
      stdout: '',
      stderr: 'whoami: cannot find name for user ID 1234\n',
      exitCode: 1,
    });
    expect(run('docker exec -u 1234 al whoami').stderr).toBe('whoami: unknown uid 1234\n');
    expect(run('docker exec -u nobody:root al id').stdout).toBe('uid=65534(nobody) gid=0(root) groups=0(root)\n');
    expect(run('docker exec -u bob web id')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: unable to find user bob: no matching entries in passwd file\n',
      exitCode: 1,
    });
    expect(run('docker exec web whoami').stdout).toBe('root\n');
  });

  it('an exec -it shell keeps its -u and -e until it exits', () => {
    const { run, host } = testHost();
    run('docker run -d --name al alpine sleep 1000');
    run('docker exec -it -u nobody -e X=1 al sh');
    expect(run('whoami').stdout).toBe('nobody\n');
    expect(run('echo $X').stdout).toBe('1\n');
    run('exit');
    expect(host.prompt()).toBe('$ ');
    run('docker exec -it al sh');
    expect(run('whoami').stdout).toBe('root\n');
    expect(run('echo [$X]').stdout).toBe('[]\n');
  });
});

// docker/cli v29.7.2 exec.go: the container is looked up first, then CheckTty refuses -i -t with a
// piped stdin; -i alone gives the pipe to the shell as its script.
describe('docker exec with a piped stdin', () => {
  it('refuses -it after the container lookup', () => {
    const { run } = testHost();
    expect(run('echo hi | docker exec -it nope sh').stderr).toBe('Error response from daemon: No such container: nope\n');
    run('docker run -d --name web nginx');
    const r = run('echo hi | docker exec -it web sh');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      '',
      'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n',
      1,
    ]);
  });

  it('-i runs the piped script, its writes land in the writable layer, and the terminal stays on the host', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('echo "echo hi > /tmp/x; cat /tmp/x" | docker exec -i web sh').stdout).toBe('hi\n');
    expect(run('docker diff web').stdout).toContain('A /tmp/x\n');
    expect(run('docker ps --format "{{.Names}}"').stdout).toBe('web\n');
  });
});

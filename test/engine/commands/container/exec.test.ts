// docker exec: sessions (-it), the environment (-e) and the user (-u) of the process it starts.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('exec -it sh enters the container; exit leaves it running; run -it sh exits with the shell', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec -it web sh')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const id12 = host.snapshot().containers[0]!.id.slice(0, 12);
    expect(host.prompt()).toBe(`root@${id12}:/# `);
    expect(run('echo inside > /tmp/x && cat /tmp/x').stdout).toBe('inside\n');
    expect(run('exit').stdout).toBe('exit\n');
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
    expect(run(`docker exec -e GREETING=hello web sh -c 'echo $GREETING from $HOSTNAME in $HOME'`).stdout).toMatch(/^hello from [0-9a-f]{12} in \/root\n$/);
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
    expect(run('docker exec -u 1234 web whoami')).toEqual({ stdout: '', stderr: 'whoami: cannot find name for user ID 1234\n', exitCode: 1 });
    expect(run('docker exec -u 1234 al whoami').stderr).toBe('whoami: unknown uid 1234\n');
    expect(run('docker exec -u nobody:root al id').stdout).toBe('uid=65534(nobody) gid=0(root) groups=0(root)\n');
    expect(run('docker exec -u bob web id')).toEqual({ stdout: '', stderr: 'Error response from daemon: unable to find user bob: no matching entries in passwd file\n', exitCode: 1 });
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

// run/create --hostname and --restart, exec -e/-u, start -a/-i: what a user sees inside and in inspect.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('run --hostname and --restart', () => {
  it('--hostname is what hostname, env and inspect show; the ID is the default', () => {
    const { run } = testHost();
    run('docker run -d --name web -h webhost nginx');
    run('docker run -d --name plain nginx');
    expect(run('docker exec web hostname').stdout).toBe('webhost\n');
    // PATH comes first, then HOSTNAME (moby container/container.go CreateDaemonEnvironment).
    expect(run('docker exec web env').stdout.split('\n')[1]).toBe('HOSTNAME=webhost');
    expect(run("docker inspect -f '{{.Config.Hostname}}' web").stdout).toBe('webhost\n');
    const id = run("docker inspect -f '{{.Id}}' plain").stdout.slice(0, 12);
    expect(run('docker exec plain hostname').stdout).toBe(`${id}\n`);
    expect(run('docker run --help').stdout).toContain('  -h, --hostname string');
  });

  it('--restart is recorded in HostConfig.RestartPolicy; bad policies are Docker errors', () => {
    const { run } = testHost();
    run('docker run -d --name web --restart on-failure:3 nginx');
    expect(run("docker inspect -f '{{json .HostConfig.RestartPolicy}}' web").stdout).toBe('{"Name":"on-failure","MaximumRetryCount":3}\n');
    run('docker run -d --name plain nginx');
    expect(run("docker inspect -f '{{.HostConfig.RestartPolicy.Name}}' plain").stdout).toBe('no\n');
    const help = "\n\nRun 'docker run --help' for more information\n";
    expect(run('docker run --restart sometimes nginx')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: invalid restart policy: unknown policy 'sometimes'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'${help}`,
      exitCode: 125,
    });
    expect(run('docker run --restart always:3 nginx').stderr).toBe(`docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${help}`);
    expect(run('docker run --restart :3 nginx').stderr).toBe(`docker: invalid restart policy format: no policy provided before colon${help}`);
    expect(run('docker run --restart on-failure:x nginx').stderr).toBe(`docker: invalid restart policy format: maximum retry count must be an integer${help}`);
    expect(run('docker run --rm --restart always nginx').stderr).toBe(`docker: conflicting options: cannot specify both --restart and --rm${help}`);
    expect(run('docker ps -aq').stdout.split('\n').filter(Boolean)).toHaveLength(2);
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
    expect(run('docker start -a box hi')).toEqual({ stdout: '', stderr: 'you cannot start and attach multiple containers at once\n', exitCode: 1 });
  });
});

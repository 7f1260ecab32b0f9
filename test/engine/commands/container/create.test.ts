// The daemon checks a container name when it reserves it (moby daemon/names.go), which is after
// the image was found; so a missing image is pulled first and stays pulled.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('invalid container name', () => {
  it('is reported after the pull', () => {
    const { run } = testHost();
    const r = run('docker run --name x alpine echo hi');
    expect(r.exitCode).toBe(125);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^Unable to find image 'alpine:latest' locally\nlatest: Pulling from library\/alpine\n/);
    expect(r.stderr).toMatch(
      /\nStatus: Downloaded newer image for alpine:latest\ndocker: Error response from daemon: Invalid container name \(x\), only \[a-zA-Z0-9\]\[a-zA-Z0-9_.-\] are allowed\n\nRun 'docker run --help' for more information\n$/,
    );
    expect(run('docker images --format "{{.Repository}}"').stdout).toBe('alpine\n');
  });

  it('with the image present, is the only output', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker create --name x alpine')).toEqual({
      stdout: '',
      stderr:
        "docker: Error response from daemon: Invalid container name (x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker create --help' for more information\n",
      exitCode: 125,
    });
  });

  it('echoes markup in a bad name as text and leaves the host as it was', () => {
    const { run, host } = testHost();
    run('docker pull nginx');
    const before = JSON.stringify(host.snapshot());
    expect(run('docker run --name "<img src=x onerror=alert(1)>" nginx')).toEqual({
      stdout: '',
      stderr:
        "docker: Error response from daemon: Invalid container name (<img src=x onerror=alert(1)>), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });
});

describe('docker create: the flags in inspect', () => {
  it('Config and HostConfig as moby stores them (docker/cli opts.go parse, moby daemon/commit.go merge)', () => {
    const { run } = testHost();
    run('docker pull -q alpine');
    const id = run(
      'docker create --name cfg -u 1000:1000 -w /srv -h box -l tier=web --entrypoint sh -e A=1 --stop-signal SIGINT --stop-timeout 3 --init --read-only -t -i -p 8080:80 alpine -c true',
    ).stdout.trim();
    expect(id).toMatch(/^[0-9a-f]{64}$/);
    expect(run("docker inspect -f '{{json .Config}}' cfg")).toEqual({
      stdout:
        '{"Hostname":"box","User":"1000:1000","ExposedPorts":{"80/tcp":{}},"Tty":true,"OpenStdin":true,"Env":["A=1","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],' +
        '"Cmd":["-c","true"],"Image":"alpine","WorkingDir":"/srv","Entrypoint":["sh"],"Labels":{"tier":"web"},"StopSignal":"SIGINT","StopTimeout":3}\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run("docker inspect -f '{{json .HostConfig}}' cfg").stdout).toBe(
      '{"PortBindings":{"80/tcp":[{"HostIp":"","HostPort":"8080"}]},"RestartPolicy":{"Name":"no","MaximumRetryCount":0},"AutoRemove":false,"ReadonlyRootfs":true,"Init":true}\n',
    );
  });
});

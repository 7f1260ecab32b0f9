// docker run: lines in, the whole stdout / stderr / exit code out, on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const ID = /^[a-f0-9]{64}\n$/;

describe('docker run / ps / stop / rm', () => {
  it('runs nginx detached, publishes a port and answers curl from the container', () => {
    const { run, advance } = testHost();
    const r = run('docker run -d --name web -p 8080:80 nginx');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toMatch(ID);
    expect(r.stderr.split('\n')[0]).toBe("Unable to find image 'nginx:latest' locally");
    expect(r.stderr).toContain('latest: Pulling from library/nginx\n');
    expect(r.stderr).toMatch(/Status: Downloaded newer image for nginx:latest\n$/);
    advance(125_000);
    const ps = run('docker ps');
    const id12 = r.stdout.slice(0, 12);
    expect(ps).toEqual({
      stdout:
        'CONTAINER ID   IMAGE     COMMAND                  CREATED         STATUS         PORTS                                     NAMES\n' +
        `${id12}   nginx     "/docker-entrypoint.…"   2 minutes ago   Up 2 minutes   0.0.0.0:8080->80/tcp, [::]:8080->80/tcp   web\n`,
      stderr: '',
      exitCode: 0,
    });
    const page = run('curl http://localhost:8080/');
    expect(page.exitCode).toBe(0);
    expect(page.stdout).toContain('<title>Welcome to nginx!</title>');
    expect(run('curl http://localhost:9999/')).toEqual({ stdout: '', stderr: "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n", exitCode: 7 });
  });

  it('flag order does not matter and both shorthand forms parse', () => {
    const a = testHost();
    const b = testHost();
    a.run('docker run -d --name web nginx');
    b.run('docker run --name web -d nginx');
    expect(a.host.snapshot().containers.map((c) => [c.name, c.state])).toEqual([['web', 'running']]);
    expect(b.host.snapshot().containers.map((c) => [c.name, c.state])).toEqual([['web', 'running']]);
    const c = testHost();
    c.run('docker run -dp 8081:80 nginx');
    expect(c.host.snapshot().containers[0]!.ports.map((p) => p.hostPort)).toEqual([8081]);
  });

  it('a name in use is a conflict, and the host is unchanged', () => {
    const { run, host } = testHost();
    const first = run('docker run -d --name web nginx').stdout.trim();
    const before = host.snapshot();
    const r = run('docker run -d --name web nginx');
    expect(r).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: Conflict. The container name "/web" is already in use by container "${first}". You have to remove (or rename) that container to be able to reuse that name.\n\nRun 'docker run --help' for more information\n`,
      exitCode: 125,
    });
    expect(host.snapshot().containers).toEqual(before.containers);
  });

  it('a port already allocated: -d prints the ID first, the container stays Created', () => {
    const { run, host } = testHost();
    run('docker run -d -p 8080:80 --name one nginx');
    const r = run('docker run -d -p 8080:80 --name two nginx');
    expect(r.stdout).toMatch(ID);
    expect(r.stderr).toMatch(/^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint two \([a-f0-9]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/);
    expect(r.exitCode).toBe(125);
    expect(host.snapshot().containers.find((c) => c.name === 'two')!.state).toBe('created');
  });

  it('one-shot commands print their output and exit with their code', () => {
    const { run } = testHost();
    expect(run('docker run --rm alpine echo hello').stdout).toBe('hello\n');
    const r = run('docker run alpine cat /nope');
    expect(r.stderr.endsWith("cat: can't open '/nope': No such file or directory\n")).toBe(true);
    expect(r.exitCode).toBe(1);
    expect(run('docker run hello-world').stdout).toContain('Hello from Docker!\n');
    const missing = run('docker run alpine nosuchcmd');
    expect(missing.exitCode).toBe(127);
    expect(missing.stderr).toContain('exec: "nosuchcmd": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n');
  });
});

describe('what a container runs', () => {
  it('the entrypoint script hands other commands over, and REPL version flags exit at once', () => {
    const { run, host } = testHost();
    const ls = run('docker run --rm nginx:1.29 ls /');
    expect(ls.stdout.split('\n')).toContain('docker-entrypoint.sh');
    expect(ls.exitCode).toBe(0);
    expect(run('docker run --rm node:24 node -v').stdout).toBe('v24.11.1\n');
    expect(run('docker run --rm python python3 --version').stdout).toBe('Python 3.14.1\n');
    expect(host.snapshot().containers).toEqual([]);
  });

  it('an attached service prints its start-up logs with the time filled in', () => {
    const { run } = testHost();
    const out = run('docker run --name web nginx').stdout;
    expect(out).not.toContain('{{');
    expect(out).toContain('2026/11/27 10:00:00 [notice]');
  });
});

describe('run --hostname and --restart', () => {
  it('--hostname is what hostname, env and inspect show; the ID is the default', () => {
    const { run } = testHost();
    run('docker run -d --name web -h webhost nginx');
    run('docker run -d --name plain nginx');
    expect(run('docker exec web hostname').stdout).toBe('webhost\n');
    expect(run('docker exec web env').stdout.split('\n')[0]).toBe('HOSTNAME=webhost');
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

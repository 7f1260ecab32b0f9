// docker run: commands/container/run.ts (create as create-core.ts does, one start request, the
// terminal per -i/-t), the daemon's createContainer/start (daemon/daemon.ts, create-container.ts).
// Flags and their words: docker/cli v29.7.2 cli/command/container/opts.go, run.go, create.go,
// pkg/kvfile/kvfile.go; the merge of the image's config: moby daemon/commit.go merge().
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const help = "\n\nRun 'docker run --help' for more information\n";

function withAlpine() {
  const t = testHost();
  t.run('docker pull -q alpine');
  return t;
}

describe('docker run: the container inherits its image config', () => {
  it('nginx: STOPSIGNAL SIGQUIT, the maintainer label, EXPOSE 80; -l adds to the labels, --stop-signal replaces the signal', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker run -d --name api -l team=a -l maintainer=me --stop-signal SIGTERM nginx');
    expect(run("docker inspect -f '{{.Config.StopSignal}}' web")).toEqual({ stdout: 'SIGQUIT\n', stderr: '', exitCode: 0 });
    expect(run("docker inspect -f '{{.Config.StopSignal}}' api")).toEqual({ stdout: 'SIGTERM\n', stderr: '', exitCode: 0 });
    expect(run("docker ps --format '{{.Names}}: {{.Labels}}'")).toEqual({
      stdout: 'api: maintainer=me,team=a\nweb: maintainer=NGINX Docker Maintainers <docker-maint@nginx.com>\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run("docker inspect -f '{{json .Config.ExposedPorts}}' web").stdout).toBe('{"80/tcp":{}}\n');
  });

  it('puts -e first and keeps each image variable it does not set (moby merge)', () => {
    // The process's environment starts with PATH and HOSTNAME, each replaced in place by Config.Env,
    // then the rest of Config.Env (moby container.go CreateDaemonEnvironment, ReplaceOrAppendEnvValues).
    const { run } = withAlpine();
    expect(run('docker run --rm -h h -e A=1 -e PATH=/bin alpine env')).toEqual({
      stdout: 'PATH=/bin\nHOSTNAME=h\nA=1\nHOME=/root\n',
      stderr: '',
      exitCode: 0,
    });
    run('docker create --name cc -e A=1 alpine');
    expect(run("docker inspect -f '{{json .Config.Env}}' cc").stdout).toBe(
      '["A=1","PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"]\n',
    );
  });

  it('keeps the image working directory and user unless -w / -u are given', () => {
    const { run } = testHost();
    run('docker run -d --name db redis');
    expect(run("docker inspect -f '{{.Config.WorkingDir}}|{{.Config.User}}' db").stdout).toBe('/data|\n');
  });
});

describe('docker run: flags', () => {
  it('-u runs the process as that user; an unknown user fails the start (exit 125)', () => {
    const { run } = withAlpine();
    expect(run('docker run --rm -u nobody alpine id')).toEqual({
      stdout: 'uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker run --name ghost -u nope alpine id')).toEqual({
      stdout: '',
      stderr: 'docker: Error response from daemon: unable to find user nope: no matching entries in passwd file' + help,
      exitCode: 125,
    });
    expect(run("docker ps -a --format '{{.Names}} {{.State}}'").stdout).toBe('ghost created\n');
    expect(run("docker inspect -f '{{.Config.User}}' ghost").stdout).toBe('nope\n');
  });

  it('-w is the process directory, made when missing (a diff entry); a relative one is refused', () => {
    const { run } = withAlpine();
    expect(run('docker run --name wd -w /app/src alpine pwd')).toEqual({ stdout: '/app/src\n', stderr: '', exitCode: 0 });
    expect(run('docker diff wd')).toEqual({ stdout: 'A /app\nA /app/src\n', stderr: '', exitCode: 0 });
    expect(run('docker run --rm -w rel alpine pwd')).toEqual({
      stdout: '',
      stderr: "docker: Error response from daemon: the working directory 'rel' is invalid, it needs to be an absolute path" + help,
      exitCode: 125,
    });
  });

  it('-h names the host: hostname, /etc/hostname, inspect', () => {
    const { run } = withAlpine();
    expect(run('docker run --name hn -h box alpine sh -c "hostname; cat /etc/hostname"')).toEqual({
      stdout: 'box\nbox\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run("docker inspect -f '{{.Config.Hostname}}' hn").stdout).toBe('box\n');
  });

  it("--entrypoint replaces the image's; --entrypoint '' with no command has nothing to run", () => {
    const { run } = withAlpine();
    expect(run('docker run --rm --entrypoint echo alpine hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run("docker run --rm --entrypoint '' alpine")).toEqual({
      stdout: '',
      stderr: 'docker: Error response from daemon: no command specified' + help,
      exitCode: 125,
    });
    expect(run("docker run --rm --entrypoint '' alpine echo ok")).toEqual({ stdout: 'ok\n', stderr: '', exitCode: 0 });
  });

  it('--env-file reads the host file (comments, blank lines and names without a value skipped); -e wins', () => {
    const { run } = withAlpine();
    run("echo '# settings' > app.env");
    run("echo 'A=1' >> app.env");
    run("echo 'NOVALUE' >> app.env");
    run("echo 'B=two words' >> app.env");
    expect(run('docker run --rm -h h --env-file app.env -e A=2 alpine env')).toEqual({
      stdout: 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=h\nA=2\nB=two words\nHOME=/root\n',
      stderr: '',
      exitCode: 0,
    });
  });

  it('--env-file and --label-file errors, before anything is pulled', () => {
    const { run } = testHost();
    run("echo 'BAD KEY=1' > bad.env");
    run("echo '=1' > nokey.env");
    expect(run('docker run --env-file nope.env alpine')).toEqual({
      stdout: '',
      stderr: 'docker: --env-file: open nope.env: no such file or directory' + help,
      exitCode: 125,
    });
    expect(run('docker run --env-file bad.env alpine')).toEqual({
      stdout: '',
      stderr: "docker: --env-file: invalid env file (bad.env): variable 'BAD KEY' contains whitespaces" + help,
      exitCode: 125,
    });
    expect(run('docker run --label-file nokey.env alpine')).toEqual({
      stdout: '',
      stderr: "docker: --label-file: invalid env file (nokey.env): no variable name on line '=1'" + help,
      exitCode: 125,
    });
    expect(run('docker images -q')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('--read-only: writes fail with the program\'s "Read-only file system"; /etc/hostname stays writable (a bind mount)', () => {
    const { run } = withAlpine();
    run('docker pull -q ubuntu');
    expect(run('docker run --rm --read-only alpine touch /x')).toEqual({
      stdout: '',
      stderr: 'touch: /x: Read-only file system\n',
      exitCode: 1,
    });
    expect(run('docker run --rm --read-only ubuntu touch /x')).toEqual({
      stdout: '',
      stderr: "touch: cannot touch '/x': Read-only file system\n",
      exitCode: 1,
    });
    expect(run("docker run --rm --read-only alpine sh -c 'echo hi > /etc/hostname; cat /etc/hostname'")).toEqual({
      stdout: 'hi\n',
      stderr: '',
      exitCode: 0,
    });
    run('docker create --name ro --read-only alpine');
    expect(run("docker inspect -f '{{.HostConfig.ReadonlyRootfs}}' ro").stdout).toBe('true\n');
  });

  it('--init: HostConfig.Init, and docker-init is PID 1 with the command as its child', () => {
    const { run } = testHost();
    run('docker run -d --init --name web nginx');
    run('docker create --name plain nginx');
    expect(run("docker inspect -f '{{json .HostConfig.Init}}' web").stdout).toBe('true\n');
    const top = run('docker top web')
      .stdout.split('\n')
      .slice(1, 3)
      .map((l) => l.split(/\s{2,}/));
    expect(top.map((row) => row.at(-1))).toEqual([
      '/sbin/docker-init -- /docker-entrypoint.sh nginx -g daemon off;',
      'nginx: master process nginx -g daemon off;',
    ]);
    expect(top[1]![2]).toBe(top[0]![1]);
    expect(run("docker inspect -f '{{json .HostConfig}}' plain").stdout).toBe(
      '{"PortBindings":{},"RestartPolicy":{"Name":"no","MaximumRetryCount":0},"AutoRemove":false,"ReadonlyRootfs":false}\n',
    );
  });

  it("--stop-timeout 0 and --stop-signal: docker stop sends the container's signal, kills at once", () => {
    const { run } = testHost();
    run('docker run -d --name quick --stop-timeout 0 nginx');
    run('docker run -d --name usr --stop-signal SIGUSR1 nginx');
    expect(run("docker inspect -f '{{.Config.StopTimeout}}' quick").stdout).toBe('0\n');
    run('docker stop quick usr');
    // nginx shuts down cleanly on its SIGQUIT, but with no time to do it; SIGUSR1 only reopens its logs.
    expect(run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toBe(
      'usr Exited (137) Less than a second ago\nquick Exited (137) Less than a second ago\n',
    );
  });

  it('--platform: linux/amd64 runs; another platform is a pull that finds no manifest; a bad one is refused first', () => {
    const { run } = withAlpine();
    expect(run('docker run --rm --platform linux/amd64 alpine echo ok')).toEqual({ stdout: 'ok\n', stderr: '', exitCode: 0 });
    expect(run('docker run --rm --platform linux/arm64 alpine')).toEqual({
      stdout: '',
      stderr:
        "Unable to find image 'alpine:latest' locally\ndocker: Error response from daemon: no matching manifest for linux/arm64 in the manifest list entries: no match for platform in manifest: not found" +
        help,
      exitCode: 125,
    });
    expect(run('docker run --rm --platform foo alpine')).toEqual({
      stdout: '',
      stderr: 'docker: "foo": unknown operating system or architecture: invalid argument' + help,
      exitCode: 125,
    });
  });

  it('-t alone: the shell waits at its prompt on a terminal nobody types into, and keeps running', () => {
    const { run, host } = withAlpine();
    const r = run('docker run --name tty -t alpine');
    const id = run('docker ps -q').stdout.trim();
    expect(r).toEqual({ stdout: `root@${id}:/# \n`, stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('$ ');
    expect(run("docker ps --format '{{.Names}} {{.State}}'").stdout).toBe('tty running\n');
  });

  it('-i alone: the shell reads the lines typed, with no prompt', () => {
    const { run, host } = withAlpine();
    expect(run('docker run -i -h box alpine')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('');
    expect(run('hostname')).toEqual({ stdout: 'box\n', stderr: '', exitCode: 0 });
  });

  it('-it with -u, -h and -w: the shell starts there, as that user', () => {
    const { run, host } = withAlpine();
    run('docker run -it -u nobody -h box -w /tmp alpine');
    // ash's PS1 '\w \$ ' (busybox shell/ash.c): the directory, then $ for a user that is not root.
    expect(host.prompt()).toBe('/tmp $ ');
    expect(run('whoami')).toEqual({ stdout: 'nobody\n', stderr: '', exitCode: 0 });
  });

  it('accepts the flags it knows in its help', () => {
    const { run } = testHost();
    const flags = run('docker run --help').stdout;
    for (const f of [
      '--env-file',
      '--init',
      '--label',
      '--label-file',
      '--platform',
      '--read-only',
      '--stop-signal',
      '--stop-timeout',
      '--user',
      '--workdir',
      '--hostname',
      '--entrypoint',
    ])
      expect(flags).toContain(f);
  });
});

describe('docker run: the files every container has (bind mounts)', () => {
  it('/etc/hostname, /etc/hosts and /etc/resolv.conf as moby writes them', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const id = run('docker ps -q').stdout.trim();
    expect(run('docker exec web cat /etc/hostname /etc/hosts /etc/resolv.conf')).toEqual({
      stdout:
        `${id}\n` +
        `127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n172.17.0.2\t${id}\n` +
        '# Generated by Docker Engine.\n# This file can be edited; Docker Engine will not make further changes once it\n# has been modified.\n\n' +
        "nameserver 8.8.8.8\nnameserver 8.8.4.4\n\n# Based on host file: '/etc/resolv.conf' (legacy)\n# Used default nameservers.\n# Overrides: []\n",
      stderr: '',
      exitCode: 0,
    });
  });

  it('each running container has the next bridge address', () => {
    const { run } = testHost();
    run('docker run -d --name one -h a nginx');
    run('docker run -d --name two -h b nginx');
    expect(run('docker exec two cat /etc/hosts').stdout.split('\n').at(-2)).toBe('172.17.0.3\tb');
    // The address goes back to the bridge when its container stops; the next start takes the lowest free one.
    run('docker stop one');
    run('docker run -d --name three -h c nginx');
    expect(run('docker exec three cat /etc/hosts').stdout.split('\n').at(-2)).toBe('172.17.0.2\tc');
  });

  it('writing to them is no diff entry and no part of a commit', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const before = run('docker diff web').stdout;
    run("docker exec web sh -c 'echo 10.0.0.9 db >> /etc/hosts; echo x > /etc/hostname'");
    expect(run('docker diff web').stdout).toBe(before);
    expect(run('docker exec web cat /etc/hosts').stdout.split('\n').at(-2)).toBe('10.0.0.9 db');
    run('docker commit web snap');
    run('docker run -d --name again snap');
    expect(run('docker exec again cat /etc/hostname').stdout).toBe(run('docker ps -q --filter name=again').stdout);
  });
});

describe('docker run --init and signals', () => {
  it('the command is no longer PID 1: SIGTERM ends a sleep at once (143) instead of a kill after the timeout (137)', () => {
    const { run } = withAlpine();
    run('docker run -d --name plain alpine sleep 1000');
    run('docker run -d --name tini --init alpine sleep 1000');
    run('docker stop plain tini');
    expect(run("docker ps -a --format '{{.Names}} {{.Status}}'").stdout).toBe(
      'tini Exited (143) Less than a second ago\nplain Exited (137) Less than a second ago\n',
    );
  });
});

// Moved from the flat test files (tests mirror the source).
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
    expect(run('curl http://localhost:9999/')).toEqual({
      stdout: '',
      stderr: "curl: (7) Failed to connect to localhost port 9999 after 0 ms: Couldn't connect to server\n",
      exitCode: 7,
    });
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
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint two \([a-f0-9]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
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
    expect(missing.stderr).toContain(
      'exec: "nosuchcmd": executable file not found in $PATH: unknown\n\nRun \'docker run --help\' for more information\n',
    );
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
    expect(run('docker run --restart always:3 nginx').stderr).toBe(
      `docker: Error response from daemon: invalid restart policy: maximum retry count can only be used with 'on-failure'${help}`,
    );
    expect(run('docker run --restart :3 nginx').stderr).toBe(
      `docker: invalid restart policy format: no policy provided before colon${help}`,
    );
    expect(run('docker run --restart on-failure:x nginx').stderr).toBe(
      `docker: invalid restart policy format: maximum retry count must be an integer${help}`,
    );
    expect(run('docker run --rm --restart always nginx').stderr).toBe(
      `docker: conflicting options: cannot specify both --restart and --rm${help}`,
    );
    expect(run('docker ps -aq').stdout.split('\n').filter(Boolean)).toHaveLength(2);
  });
});

// A piped or redirected stdin (docker/cli v29.7.2 cli/streams/in.go CheckTty, run.go runContainer):
// -i -t is refused before anything is created or pulled; -i alone hands the pipe to the shell,
// which runs it and ends, so the terminal never enters the container.
describe('docker run with a piped stdin', () => {
  it('refuses -it before creating or pulling anything', () => {
    const { run } = testHost();
    const r = run('echo hi | docker run -it alpine');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual([
      '',
      'cannot attach stdin to a TTY-enabled container because stdin is not a terminal\n',
      1,
    ]);
    expect(run('docker ps -a -q').stdout).toBe('');
    expect(run('docker images -q').stdout).toBe('');
  });

  it('-i runs the piped script in the main shell, which exits with its status; the next line is the host again', () => {
    const { run } = testHost();
    run('docker pull alpine');
    const r = run('echo "cd /etc; pwd; exit 3" | docker run -i --name s1 alpine sh');
    expect([r.stdout, r.stderr, r.exitCode]).toEqual(['/etc\n', '', 3]);
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('s1 Exited (3) Less than a second ago\n');
    expect(run('echo back on the host').stdout).toBe('back on the host\n');
  });

  it('-i --rm removes the container when the piped script ends', () => {
    const { run } = testHost();
    expect(run('echo "echo done" | docker run -i --rm alpine sh').stdout).toContain('done\n');
    expect(run('docker ps -a -q').stdout).toBe('');
  });
});

// Transcript tests: lines in, the whole stdout / stderr / exit code out, on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

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

  it('stop leaves the container (Exited) and the image; rm removes the container only', () => {
    const { run, advance, host } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    advance(3_000);
    expect(run('docker ps -q').stdout).toBe('');
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('web Exited (0) 3 seconds ago\n');
    expect(run('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(host.snapshot().containers).toEqual([]);
    expect(host.snapshot().images.map((i) => i.repoTags)).toEqual([['nginx:latest']]);
  });

  it('refuses to remove a running or paused container, with Docker 29 wording', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker rm web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    run('docker pause web');
    expect(run('docker rm web').stderr).toBe('Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n');
    expect(run('docker ps --format "{{.Status}}"').stdout).toBe('Up Less than a second (Paused)\n');
    expect(run('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(run('docker rm -f web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });

  it('state errors name the full container ID', () => {
    const { run, host } = testHost();
    run('docker create --name cc nginx');
    const id = host.snapshot().containers[0]!.id;
    expect(run('docker pause cc').stderr).toBe(`Error response from daemon: container ${id} is not running\n`);
    expect(run('docker unpause cc').stderr).toBe(`Error response from daemon: Container ${id} is not paused\n`);
    expect(run('docker kill cc').stderr).toBe(`Error response from daemon: cannot kill container: cc: container ${id} is not running\n`);
    expect(run('docker exec cc ls').stderr).toBe(`Error response from daemon: container ${id} is not running\n`);
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Created\n');
    expect(run('docker start cc')).toEqual({ stdout: 'cc\n', stderr: '', exitCode: 0 });
    expect(run('docker kill cc').stdout).toBe('cc\n');
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (137) Less than a second ago\n');
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

describe('images, pull, rmi', () => {
  it('pull prints the progress, the digest and the fully-qualified name; a second pull is up to date', () => {
    const { run } = testHost();
    const first = run('docker pull alpine');
    const lines = first.stdout.split('\n');
    expect(lines[0]).toBe('Using default tag: latest');
    expect(lines[1]).toBe('latest: Pulling from library/alpine');
    expect(lines[2]).toMatch(/^[a-f0-9]{12}: Pull complete$/);
    expect(lines[3]).toMatch(/^Digest: sha256:[a-f0-9]{64}$/);
    expect(lines.slice(4)).toEqual(['Status: Downloaded newer image for alpine:latest', 'docker.io/library/alpine:latest', '']);
    const again = run('docker pull alpine:3.23');
    expect(again.stdout).not.toContain('Pull complete');
    expect(again.stdout).toContain('Status: Downloaded newer image for alpine:3.23\n');
    expect(run('docker pull alpine').stdout).toContain('Status: Image is up to date for alpine:latest\n');
  });

  it('a shared base layer says Already exists', () => {
    const { run } = testHost();
    run('docker pull debian:trixie-slim');
    const r = run('docker pull nginx');
    expect(r.stdout.split('\n').filter((l) => l.endsWith('Already exists'))).toHaveLength(1);
  });

  it('docker images is the Docker 29 tree with U for images in use', () => {
    const { run } = testHost();
    expect(run('docker images')).toEqual({ stdout: 'IMAGE   ID             DISK USAGE   CONTENT SIZE   EXTRA\n', stderr: '', exitCode: 0 });
    run('docker pull hello-world');
    run('docker run -d nginx');
    const out = run('docker images').stdout.split('\n');
    expect(out[0]).toBe('IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(out[1]).toMatch(/^hello-world:latest   [a-f0-9]{12}   {5}\S+ {5,}\S+ {3} {5}$/);
    expect(out[2]).toMatch(/^nginx:latest {9}[a-f0-9]{12} {3} +\S+MB +\S+MB {3}U {4}$/);
    const classic = run('docker images --format "table {{.Repository}}\\t{{.Tag}}"').stdout;
    expect(classic).toBe('REPOSITORY    TAG\nnginx         latest\nhello-world   latest\n');
  });

  it('rmi refuses an image any container uses, even a stopped one', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker stop web');
    const [cid] = host.snapshot().containers.map((c) => c.id.slice(0, 12));
    const iidFull = host.snapshot().images[0]!.id.slice(7);
    const iid = iidFull.slice(0, 12);
    expect(run('docker rmi nginx').stderr).toBe(`Error response from daemon: conflict: unable to delete nginx:latest (must be forced) - container ${cid} is using its referenced image ${iid}\n`);
    expect(run(`docker rmi ${iid}`).stderr).toBe(`Error response from daemon: conflict: unable to delete ${iid} (must be forced) - image is being used by stopped container ${cid}\n`);
    run('docker start web');
    expect(run(`docker rmi -f ${iid}`).stderr).toBe(`Error response from daemon: conflict: unable to delete ${iid} (cannot be forced) - image is being used by running container ${cid}\n`);
    expect(host.snapshot().images).toHaveLength(1);
    run('docker rm -f web');
    const gone = run('docker rmi nginx');
    expect(gone).toEqual({ stdout: `Untagged: nginx:latest\nDeleted: sha256:${iidFull}\n`, stderr: '', exitCode: 0 });
    expect(host.snapshot().images).toEqual([]);
    expect(run('docker rmi nginx').stderr).toBe('Error response from daemon: No such image: nginx:latest\n');
  });
});

describe('the writable layer', () => {
  it('two containers from one image never see each other\'s writes, and the image never changes', () => {
    const { run, host } = testHost();
    run('docker run -d --name aa nginx');
    run('docker run -d --name bb nginx');
    const before = host.inspectOci('nginx');
    run("docker exec aa sh -c 'echo from-a > /usr/share/nginx/html/index.html'");
    run('docker exec bb rm /usr/share/nginx/html/50x.html');
    expect(host.readFile('aa', '/usr/share/nginx/html/index.html')).toBe('from-a\n');
    expect(host.readFile('bb', '/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
    expect(host.readFile('bb', '/usr/share/nginx/html/50x.html')).toBeUndefined();
    expect(host.readFile('aa', '/usr/share/nginx/html/50x.html')).toBeDefined();
    // Every ancestor but / of a change is a change too (go-archive changes.go addChanges).
    expect(run('docker diff bb').stdout).toBe('C /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /usr\nC /usr/share\nC /usr/share/nginx\nC /usr/share/nginx/html\nD /usr/share/nginx/html/50x.html\n');
    expect(run('docker diff aa').stdout).toContain('C /usr/share/nginx/html/index.html\n');
    expect(host.inspectOci('nginx')).toEqual(before);
    run('docker run -d --name cc nginx');
    expect(host.readFile('cc', '/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
  });

  it('diff lists A/C/D as moby reports them: touch in /tmp, mkdir -p', () => {
    const { run } = testHost();
    run('docker run -d --name xx nginx');
    run('docker exec xx touch /tmp/x');
    run('docker exec xx mkdir -p /data/sub');
    expect(run('docker diff xx').stdout).toBe('A /data\nA /data/sub\nC /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /tmp\nA /tmp/x\n');
  });

  it('ps -s shows the writable size beside the image size', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const before = run('docker ps -s --format "{{.Size}}"').stdout;
    run("docker exec web sh -c 'echo hi > /hi'");
    const after = run('docker ps -s --format "{{.Size}}"').stdout;
    expect(before).toMatch(/^\d+B \(virtual 161MB\)\n$/);
    expect(Number(after.split('B')[0])).toBe(Number(before.split('B')[0]) + 3);
  });

  it('commit makes a new image; the old one and its ID are untouched', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const oldId = host.snapshot().images[0]!.id;
    run("docker exec web sh -c 'echo v2 > /usr/share/nginx/html/index.html'");
    const newId = run('docker commit web web:v2').stdout.trim();
    expect(newId).not.toBe(oldId);
    expect(host.snapshot().images.find((i) => i.id === oldId)!.repoTags).toEqual(['nginx:latest']);
    run('docker run -d --name v2 -p 8082:80 web:v2');
    expect(run('curl -s localhost:8082').stdout).toBe('v2\n');
  });
});

describe('bad input', () => {
  it.each([
    ['docker foo', '', "docker: unknown command: docker foo\n\nRun 'docker --help' for more information\n", 1],
    ['docker ps --foo', '', "unknown flag: --foo\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['docker ps -z', '', "unknown shorthand flag: 'z' in -z\n\nUsage:  docker ps [OPTIONS]\n\nRun 'docker ps --help' for more information\n", 125],
    ['docker rm', '', "docker: 'docker rm' requires at least 1 argument\n\nUsage:  docker rm [OPTIONS] CONTAINER [CONTAINER...]\n\nSee 'docker rm --help' for more information\n", 1],
    ['docker container foo', '', "docker: unknown command: docker container foo\n\nUsage:  docker container COMMAND\n\nRun 'docker container --help' for more information\n", 1],
    ['docker stop nope', '', 'Error response from daemon: No such container: nope\n', 1],
    ['docker run Nginx', '', "docker: invalid reference format: repository name (library/Nginx) must be lowercase\n\nRun 'docker run --help' for more information\n", 125],
    ['docker pull nosuch', 'Using default tag: latest\n', "Error response from daemon: pull access denied for nosuch, repository does not exist or may require 'docker login'\n", 1],
    ['docker inspect nope', '[]\n', 'error: no such object: nope\n', 1],
    ['dokcer ps', '', 'bash: dokcer: command not found\n', 127],
    ['', '', '', 0],
  ])('%s', (line, stdout, stderr, exitCode) => {
    const { run, host } = testHost();
    const before = JSON.stringify(host.snapshot());
    expect(run(line)).toEqual({ stdout, stderr, exitCode });
    expect(JSON.stringify(host.snapshot())).toBe(before);
  });

  it('a 100 KB line and control characters get an error, not a crash', () => {
    const { run } = testHost();
    const long = run('docker run ' + 'a'.repeat(100_000));
    expect(long.exitCode).toBe(125);
    expect(run('docker \u0007ps').stderr).toBe("docker: unknown command: docker \u0007ps\n\nRun 'docker --help' for more information\n");
  });

  it('--help prints the usage, the aliases and the options', () => {
    const { run } = testHost();
    const help = run('docker ps --help').stdout;
    expect(help.startsWith('\nUsage:  docker ps [OPTIONS]\n\nList containers\n\nAliases:\n  docker container ls, docker container list, docker container ps, docker ps\n\nOptions:\n')).toBe(true);
    expect(help).toContain('  -a, --all             Show all containers (default shows just running)\n');
  });
});

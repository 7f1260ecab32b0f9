// Transcripts for the commands the first file does not cover: logs, history, inspect, tag,
// restart, exec sessions, prune, system df, version, management forms.
import { describe, expect, it } from 'vitest';
import { T0, testHost } from './host';

describe('more docker commands', () => {
  it('logs shows what the process printed, with nginx timestamps from the host clock', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    const logs = run('docker logs web').stdout.split('\n');
    expect(logs[0]).toBe('/docker-entrypoint.sh: /docker-entrypoint.d/ is not empty, will attempt to perform configuration');
    expect(logs.some((l) => l.startsWith('2026/11/27 10:00:00 [notice] 1#1: '))).toBe(true);
    run('curl -s localhost:8080/');
    expect(run('docker logs --tail 1 web').stdout).toMatch(/^172\.17\.0\.1 - - \[27\/Nov\/2026:10:00:00 \+0000\] "GET \/ HTTP\/1\.1" 200 \d+ "-" "curl\/8\.14\.1" "-"\n$/);
    expect(run('docker logs nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nope\n', exitCode: 1 });
  });

  it('history lists newest first, only the top row has the ID, CREATED BY is cut at 45', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    const id = host.snapshot().images[0]!.id.slice(7, 19);
    const rows = run('docker history alpine').stdout.split('\n');
    expect(rows[0]).toBe('IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT');
    expect(rows[1]!.startsWith(`${id}   `)).toBe(true);
    expect(rows[1]).toContain('CMD ["/bin/sh"]');
    expect(rows[2]!.startsWith('<missing>      ')).toBe(true);
    expect(rows[2]).toContain('ADD alpine-minirootfs-3.23.0-x86_64.tar.gz /…');
    expect(run('docker history -q alpine').stdout).toBe(`${id}\n<missing>\n`);
    expect(run('docker history nope').stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });

  it('inspect prints a JSON array with State, and --format reads a field', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const [doc] = JSON.parse(run('docker inspect web').stdout) as Array<{ Name: string; State: { Status: string; StartedAt: string }; Image: string }>;
    expect(doc!.Name).toBe('/web');
    expect(doc!.State.Status).toBe('running');
    expect(doc!.State.StartedAt).toBe(new Date(T0).toISOString().replace('.000', ''));
    expect(doc!.Image).toBe(host.snapshot().images[0]!.id);
    expect(run("docker inspect -f '{{.State.Status}}' web").stdout).toBe('running\n');
    expect(run('docker container inspect nope')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: No such container: nope\n', exitCode: 1 });
    expect(run("docker image inspect --format '{{.Os}}' nginx").stdout).toBe('linux\n');
  });

  it('tag adds a name to the same image; rmi of one of two tags only untags', () => {
    const { run, host } = testHost();
    run('docker pull nginx');
    expect(run('docker tag nginx myweb:v1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.snapshot().images[0]!.repoTags).toEqual(['myweb:v1', 'nginx:latest']);
    expect(run('docker rmi myweb:v1')).toEqual({ stdout: 'Untagged: myweb:v1\n', stderr: '', exitCode: 0 });
    expect(run('docker tag nope x:y').stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });

  it('restart keeps the container and its writable layer', () => {
    const { run, host, advance } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web touch /keep');
    advance(60_000);
    expect(run('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(run('docker ps --format "{{.Status}}"').stdout).toBe('Up Less than a second\n');
    expect(host.readFile('web', '/keep')).toBe('');
  });

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

  it('container prune asks first; y deletes the stopped ones', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker create --name idle nginx');
    const idle = host.snapshot().containers.find((c) => c.name === 'idle')!.id;
    expect(run('docker container prune')).toEqual({ stdout: 'WARNING! This will remove all stopped containers.\n', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('Are you sure you want to continue? [y/N] ');
    // "n" is the CLI's cancelledErr, which main() neither prints nor turns into a failure (cmd/docker/docker.go).
    expect(run('n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker container prune');
    expect(run('y')).toEqual({ stdout: `Deleted Containers:\n${idle}\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(host.snapshot().containers.map((c) => c.name)).toEqual(['web']);
  });

  it('image prune -a removes images no container uses, and shared layers are not counted twice', () => {
    const { run } = testHost();
    run('docker pull alpine');
    run('docker run -d nginx');
    const out = run('docker image prune -a -f').stdout;
    expect(out).toMatch(/^Deleted Images:\nuntagged: alpine:latest\ndeleted: sha256:[a-f0-9]{64}\n\nTotal reclaimed space: 8\.441MB\n$/);
  });

  it('system df counts shared layers once', () => {
    const { run } = testHost();
    run('docker pull nginx');
    run('docker pull redis');
    const rows = run('docker system df').stdout.split('\n');
    expect(rows[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE');
    expect(rows[1]).toMatch(/^Images {10}2 {9}0 {9}\S+ +\S+ \(100%\)$/);
  });

  it('version, the management forms and docker --help', () => {
    const { run } = testHost();
    expect(run('docker version').stdout).toContain(' Version:           29.7.2\n');
    expect(run('docker --version').stdout).toBe('Docker version 29.7.2, build 28f7560\n');
    expect(run('docker container ls').stdout).toBe(run('docker ps').stdout);
    expect(run('docker image ls').stdout).toBe(run('docker images').stdout);
    run('docker image pull busybox');
    expect(run('docker image rm busybox').stdout).toMatch(/^Untagged: busybox:latest\nDeleted: sha256:[a-f0-9]{64}\n$/);
    expect(run('docker --help').stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
    expect(run('docker container').stderr).toContain('Usage:  docker container COMMAND');
  });
});

describe('tags move, containers do not', () => {
  it('ps shows the old image ID once the name points at a new image', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const oldId = host.snapshot().images[0]!.id;
    run('docker exec web touch /new');
    run('docker commit web nginx:latest');
    expect(run('docker ps --format "{{.Image}} {{.Names}}"').stdout).toBe(`${oldId.slice(7, 19)} web\n`);
    expect(host.snapshot().containers[0]!.imageId).toBe(oldId);
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

  it('docker buildx build and docker builder build reach the same build', () => {
    const a = testHost();
    const b = testHost();
    expect(a.run('docker buildx build -q -t app .').stdout).toBe(b.run('docker build -q -t app .').stdout);
  });
});

describe('the shell inside a container', () => {
  it('exit ends the script with its code; cd changes the directory for the rest of it', () => {
    const { run } = testHost();
    expect(run('docker run busybox sh -c "exit 3"').exitCode).toBe(3);
    expect(run('docker run --rm busybox sh -c "cd /etc && pwd"').stdout).toBe('/etc\n');
    expect(run('docker run --rm busybox sh -c "true && exit 0; echo never"').stdout).toBe('');
  });
});

describe('an attached shell session', () => {
  it('keeps its working directory between lines, and the prompt shows it', () => {
    const { run, host } = testHost();
    run('docker run -it --name box alpine sh');
    run('cd /etc');
    expect(host.prompt()).toBe('/etc # ');
    expect(run('pwd').stdout).toBe('/etc\n');
    run('exit');
  });
});

describe('classic images table and info', () => {
  it('-q, --digests and --no-trunc switch to the classic table', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    const image = host.snapshot().images[0]!;
    expect(run('docker images -q').stdout).toBe(`${image.id.slice(7, 19)}\n`);
    const digests = run('docker images --digests').stdout.split('\n');
    expect(digests[0]).toMatch(/^REPOSITORY +TAG +DIGEST +IMAGE ID +CREATED +SIZE$/);
    expect(digests[1]).toContain(image.repoDigests[0]!.split('@')[1]!);
    expect(run('docker images --no-trunc').stdout).toContain(image.id);
  });

  it('info counts containers by state and images', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker create --name idle nginx');
    const info = run('docker info').stdout;
    expect(info).toContain(' Containers: 2\n  Running: 1\n  Paused: 0\n  Stopped: 1\n Images: 1\n');
  });
});

// docker commit's history entry: created_by is the container's Cmd joined by spaces, without the
// entrypoint (moby daemon/containerd/image_commit.go); the comment is -m.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker commit history entry', () => {
  it('records the Cmd, not the entrypoint', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web touch /tmp/x');
    run('docker commit -m hello web mine');
    expect(run('docker history --no-trunc --format "{{.CreatedBy}}|{{.Comment}}" mine').stdout.split('\n')[0]).toBe(
      'nginx -g daemon off;|hello',
    );
  });

  it('records the command given to run', () => {
    const { run } = testHost();
    run('docker run --name w1 alpine sh -c "echo hi > /hi.txt"');
    run('docker commit w1 mine');
    expect(run('docker history --no-trunc --format "{{.CreatedBy}}" mine').stdout.split('\n')[0]).toBe('sh -c echo hi > /hi.txt');
  });
});

describe('the writable layer', () => {
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

describe('commit --author', () => {
  it('sets the config author, the history entry author and inspect Author', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web touch /marker');
    const id = run('docker commit -a "Ada <ada@example.com>" web snap').stdout.trim();
    expect(run("docker image inspect -f '{{.Author}}' snap").stdout).toBe('Ada <ada@example.com>\n');
    expect(run("docker image inspect -f '{{.Author}}' nginx").stdout).toBe('\n');
    const plain = testHost();
    plain.run('docker run -d --name web nginx');
    plain.run('docker exec web touch /marker');
    // The author is part of the config bytes, so it is part of the image ID.
    expect(plain.run('docker commit web snap').stdout.trim()).not.toBe(id);
  });
});

describe('commit --change', () => {
  it('applies ENV, EXPOSE, WORKDIR, LABEL, USER and CMD to the new image', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run(
      `docker commit -c 'ENV MODE=demo' -c 'EXPOSE 8080' -c 'WORKDIR /srv' -c 'LABEL team=docs' -c 'USER nginx' -c 'CMD echo hi' web snap`,
    );
    const cfg = JSON.parse(run("docker image inspect -f '{{json .Config}}' snap").stdout) as {
      Env: string[];
      ExposedPorts: Record<string, object>;
      WorkingDir: string;
      Labels: Record<string, string>;
      User: string;
      Cmd: string[];
    };
    expect(cfg.Env).toContain('MODE=demo');
    expect(Object.keys(cfg.ExposedPorts).sort()).toEqual(['80/tcp', '8080/tcp']);
    expect(cfg.WorkingDir).toBe('/srv');
    expect(cfg.Labels.team).toBe('docs');
    expect(cfg.User).toBe('nginx');
    expect(cfg.Cmd).toEqual(['/bin/sh', '-c', 'echo hi']);
  });

  it('ENTRYPOINT drops the CMD unless --change set one; RUN is refused as moby refuses it', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run(`docker commit -c 'ENTRYPOINT ["top"]' web only-entry`);
    expect(run("docker image inspect -f '{{json .Config.Cmd}}' only-entry").stdout).toBe('null\n');
    run(`docker commit -c 'CMD ["-b"]' -c 'ENTRYPOINT ["top"]' web both`);
    expect(run("docker image inspect -f '{{json .Config.Cmd}}' both").stdout).toBe('["-b"]\n');
    expect(run(`docker commit -c 'RUN apt-get update' web nope`)).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: run is not a valid change command\n',
      exitCode: 1,
    });
    expect(run('docker images -q nope').stdout).toBe('');
  });
});

describe("what a committed image's containers do", () => {
  it("an image committed from `alpine sleep 1000` runs sleep, not alpine's exiting shell", () => {
    const { run } = testHost();
    run('docker run -d --name s1 alpine sleep 1000');
    run('docker commit s1 sleeper');
    run('docker run -d --name s2 sleeper');
    run('docker run -d --name s3 sleeper sleep 1000');
    expect(run('docker ps --format "{{.Names}} {{.Status}}"').stdout).toBe(
      's3 Up Less than a second\ns2 Up Less than a second\ns1 Up Less than a second\n',
    );
  });

  it("an image committed from nginx's own command keeps serving as nginx", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker commit web mynginx');
    run('docker run -d --name web2 mynginx');
    expect(run('docker exec web2 curl -s localhost').stdout).toContain('<title>Welcome to nginx!</title>');
  });

  it('an alpine shell committed as it is still exits at once when detached', () => {
    const { run } = testHost();
    run('docker run --name a1 alpine');
    run('docker commit a1 myalpine');
    run('docker run -d --name a2 myalpine');
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}" --filter name=a2').stdout).toBe('a2 Exited (0) Less than a second ago\n');
  });
});

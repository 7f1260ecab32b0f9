// commit --author, rmi's parent pruning and --no-prune, rm -l.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

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

describe('rmi parents', () => {
  it('removing a committed image also removes its untagged, unused parent; --no-prune keeps it', () => {
    for (const noPrune of [false, true]) {
      const { run, host } = testHost();
      run('docker run -d --name one nginx');
      const middle = run('docker commit one').stdout.trim();
      run(`docker run -d --name two ${middle}`);
      const top = run('docker commit two top').stdout.trim();
      run('docker rm -f two');
      const out = run(`docker rmi ${noPrune ? '--no-prune ' : ''}top`).stdout;
      const expected = ['Untagged: top:latest', `Deleted: ${top}`, ...(noPrune ? [] : [`Deleted: ${middle}`])];
      expect(out).toBe(expected.map((l) => l + '\n').join(''));
      expect(host.snapshot().images.some((i) => i.id === middle)).toBe(noPrune);
    }
  });

  it('a tagged parent stays', () => {
    const { run } = testHost();
    run('docker run -d --name one nginx');
    const top = run('docker commit one top').stdout.trim();
    expect(run('docker rmi top').stdout).toBe(`Untagged: top:latest\nDeleted: ${top}\n`);
    expect(run('docker images -q nginx').stdout).not.toBe('');
  });
});

describe('rm -l', () => {
  it("a container's name is its default link, which cannot be removed; the container stays", () => {
    const { run } = testHost();
    run('docker create --name web nginx');
    expect(run('docker rm -l web')).toEqual({ stdout: '', stderr: 'Error response from daemon: Conflict, cannot remove the default link name of the container\n', exitCode: 1 });
    expect(run('docker ps -aq').stdout).not.toBe('');
  });
});

describe('commit --change', () => {
  it('applies ENV, EXPOSE, WORKDIR, LABEL, USER and CMD to the new image', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run(`docker commit -c 'ENV MODE=demo' -c 'EXPOSE 8080' -c 'WORKDIR /srv' -c 'LABEL team=docs' -c 'USER nginx' -c 'CMD echo hi' web snap`);
    const cfg = JSON.parse(run("docker image inspect -f '{{json .Config}}' snap").stdout) as { Env: string[]; ExposedPorts: Record<string, object>; WorkingDir: string; Labels: Record<string, string>; User: string; Cmd: string[] };
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
    expect(run(`docker commit -c 'RUN apt-get update' web nope`)).toEqual({ stdout: '', stderr: 'Error response from daemon: run is not a valid change command\n', exitCode: 1 });
    expect(run('docker images -q nope').stdout).toBe('');
  });
});

// The prompt an attached container shell shows: user, --hostname, home as ~, # or $.
// (engine/host.ts decides when to show it; this checks what it says.)
import { describe, expect, it } from 'vitest';
import { Container, type ContainerConfig } from '../../../engine/model/container';
import { resolveRemote } from '../../../engine/registry/index';
import { resolveUser, setSession } from '../../../engine/shell/identity';
import { sessionPrompt } from '../../../engine/shell/prompt';
import { streams, testHost } from '../host';

const ID = 'a'.repeat(12) + 'b'.repeat(52);

function box(hostname?: string): Container {
  const image = resolveRemote('library/alpine', 'latest')!.image;
  const config: ContainerConfig = { entrypoint: null, cmd: ['sh'], env: [], workingDir: '', tty: true, interactive: true, autoRemove: false, ...(hostname ? { hostname } : {}) };
  return new Container(ID, 'box', 'alpine', image, 0, config, []);
}

describe('sessionPrompt', () => {
  it('root at the 12-character ID by default, ~ at /root', () => {
    expect(sessionPrompt(box(), '/')).toBe('root@aaaaaaaaaaaa:/# ');
    expect(sessionPrompt(box(), '/root')).toBe('root@aaaaaaaaaaaa:~# ');
  });

  it('--hostname and exec -u show in it; a uid without a name is bash\'s "I have no name!"', () => {
    const c = box('web');
    expect(sessionPrompt(c, '/tmp')).toBe('root@web:/tmp# ');
    setSession(c, { who: resolveUser(c, 'nobody'), env: [] });
    // nobody's home in alpine's /etc/passwd is /, so / is shown as ~.
    expect(sessionPrompt(c, '/')).toBe('nobody@web:~$ ');
    expect(sessionPrompt(c, '/tmp')).toBe('nobody@web:/tmp$ ');
    setSession(c, { who: resolveUser(c, '1234'), env: [] });
    expect(sessionPrompt(c, '/')).toBe('I have no name!@web:~$ ');
  });
});

describe('the host prompt while attached', () => {
  it('follows --hostname and exec -u, and is "$ " again after exit', async () => {
    const { createHost } = await import('../../../engine/index');
    const host = createHost({ seed: 1, now: () => Date.UTC(2026, 10, 27, 10) });
    expect(host.execute('docker run -it --name box --hostname web alpine sh').exitCode).toBe(0);
    expect(host.prompt()).toBe('root@web:/# ');
    host.execute('exit');
    expect(host.prompt()).toBe('$ ');
    host.execute('docker start box');
    expect(host.execute('docker exec -it -u nobody box sh').exitCode).toBe(0);
    expect(host.prompt()).toBe('nobody@web:~$ ');
    expect(streams(host.execute('whoami'))).toEqual({ stdout: 'nobody\n', stderr: '', exitCode: 0 });
    host.execute('exit');
    expect(host.prompt()).toBe('$ ');
  });
});

describe('an attached shell session', () => {
  it('keeps its working directory between lines, and the prompt shows it', () => {
    const { run, host } = testHost();
    run('docker run -it --name box alpine sh');
    run('cd /etc');
    expect(host.prompt()).toMatch(/^root@[a-f0-9]{12}:\/etc# $/);
    expect(run('pwd').stdout).toBe('/etc\n');
    run('exit');
  });
});

// The prompt an attached container shell shows: bash's user@hostname:cwd, ash's `\w \$ `, dash's `# `.
// (engine/host.ts decides when to show it; this checks what it says.)
import { describe, expect, it } from 'vitest';
import { Container, type ContainerConfig } from '../../../engine/model/container';
import { resolveRemote } from '../../../engine/registry/index';
import { resolveUser, setSession } from '../../../engine/shell/identity';
import { sessionPrompt } from '../../../engine/shell/prompt';
import { streams, testHost } from '../host';

const ID = 'a'.repeat(12) + 'b'.repeat(52);

function box(image: string, hostname?: string): Container {
  const resolved = resolveRemote(`library/${image}`, 'latest')!.image;
  const config: ContainerConfig = {
    entrypoint: null,
    cmd: ['sh'],
    env: [],
    workingDir: '',
    tty: true,
    interactive: true,
    autoRemove: false,
    ...(hostname ? { hostname } : {}),
  };
  return new Container(ID, 'box', image, resolved, 0, config, []);
}

describe('sessionPrompt', () => {
  it('bash: root at the 12-character ID by default, ~ at /root and below', () => {
    expect(sessionPrompt(box('debian'), '/', 'bash')).toBe('root@aaaaaaaaaaaa:/# ');
    expect(sessionPrompt(box('debian'), '/root', 'bash')).toBe('root@aaaaaaaaaaaa:~# ');
    expect(sessionPrompt(box('debian'), '/root/x', 'bash')).toBe('root@aaaaaaaaaaaa:~/x# ');
  });

  it('ash (alpine, busybox sh): the directory then # ; dash (Debian sh): # alone', () => {
    expect(sessionPrompt(box('alpine'), '/', 'sh')).toBe('/ # ');
    expect(sessionPrompt(box('busybox'), '/tmp', 'sh')).toBe('/tmp # ');
    expect(sessionPrompt(box('alpine'), '/root', 'ash')).toBe('~ # ');
    expect(sessionPrompt(box('debian'), '/tmp', 'sh')).toBe('# ');
  });

  it('--hostname and exec -u show in it; a uid without a name is bash\'s "I have no name!"', () => {
    const c = box('debian', 'web');
    expect(sessionPrompt(c, '/tmp', 'bash')).toBe('root@web:/tmp# ');
    setSession(c, { who: resolveUser(c, 'nobody'), env: [] });
    expect(sessionPrompt(c, '/tmp', 'bash')).toBe('nobody@web:/tmp$ ');
    expect(sessionPrompt(c, '/tmp', 'sh')).toBe('$ ');
    setSession(c, { who: resolveUser(c, '1234'), env: [] });
    expect(sessionPrompt(c, '/tmp', 'bash')).toBe('I have no name!@web:/tmp$ ');
  });
});

describe('the host prompt while attached', () => {
  it('follows the shell, --hostname and exec -u, and is "$ " again after exit', async () => {
    const { createHost } = await import('../../../engine/index');
    const host = createHost({ seed: 1, now: () => Date.UTC(2026, 10, 27, 10) });
    expect(host.execute('docker run -it --name box --hostname web alpine sh').exitCode).toBe(0);
    expect(host.prompt()).toBe('/ # ');
    host.execute('exit');
    expect(host.prompt()).toBe('$ ');
    host.execute('docker start box');
    expect(host.execute('docker exec -it -u nobody box sh').exitCode).toBe(0);
    // nobody's home in alpine's /etc/passwd is /, so / is shown as ~.
    expect(host.prompt()).toBe('~ $ ');
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
    expect(host.prompt()).toBe('/etc # ');
    expect(run('pwd').stdout).toBe('/etc\n');
    run('exit');
  });
});

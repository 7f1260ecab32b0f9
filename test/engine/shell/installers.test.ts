// A package manager run inside a container does what it does in a build's RUN step (the same
// installers): the files land in that container's writable layer, never in its image.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('apt-get in a running container', () => {
  it('needs `apt-get update` first (images ship empty lists), then installs into the writable layer only', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec web apt-get install -y vim')).toEqual({
      stdout: 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
      stderr: 'E: Unable to locate package vim\n',
      exitCode: 100,
    });
    expect(run('docker exec web apt-get update').stdout).toMatch(/^Get:1 http:\/\/deb\.debian\.org\/debian trixie InRelease/);
    expect(run('docker exec web apt-get install -y vim')).toMatchObject({
      exitCode: 0,
      stdout: expect.stringContaining('Setting up vim ('),
    });
    expect(run('docker diff web').stdout).toContain('A /usr/bin/vim\n');
    // The stand-in binary counts with the real package's installed size (vim: 40.5 MB, plus the
    // package lists), in ps -s as in a build.
    const size = run('docker ps -s --format "{{.Size}}"').stdout;
    expect(size).toMatch(/^\d+(\.\d+)?MB \(virtual \d+MB\)\n$/);
    expect(parseFloat(size)).toBeGreaterThan(55);
    // The image is untouched: another container of it has no vim.
    run('docker run -d --name twin nginx');
    expect(run('docker exec twin ls /usr/bin/vim').exitCode).not.toBe(0);
  });

  it('keeps the installed size through commit, as history shows', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web apt-get update');
    run('docker exec web apt-get install -y vim');
    run('docker commit web web-vim');
    const top = run('docker history web-vim').stdout.split('\n')[1]!;
    expect(top).toMatch(/nginx -g daemon off;.*\s(5\d|6\d)\.?\d*MB\s/);
  });

  it('refuses a user other than root, as the lock file does', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec -u nginx web apt-get update')).toEqual({
      stdout: '',
      stderr:
        'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n',
      exitCode: 100,
    });
  });
});

describe('apk in a running container', () => {
  it('installs in Alpine; BusyBox has no package manager', () => {
    const { run } = testHost();
    run('docker run -d --name al alpine sleep 600');
    const r = run('docker exec al apk add --no-cache curl');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('Installing curl (');
    expect(run('docker diff al').stdout).toContain('A /usr/bin/curl\n');
    expect(run('docker run --rm busybox apk add curl').exitCode).toBe(127);
  });
});

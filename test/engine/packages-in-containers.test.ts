// A package manager run inside a container does what it does in a build's RUN step (the same
// installers): the files land in that container's writable layer, never in its image.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('apt-get in a running container', () => {
  it('needs `apt-get update` first (images ship empty lists), then installs into the writable layer only', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec web apt-get install -y curl')).toEqual({
      stdout: 'Reading package lists...\nBuilding dependency tree...\nReading state information...\n',
      stderr: 'E: Unable to locate package curl\n',
      exitCode: 100,
    });
    expect(run('docker exec web apt-get update').stdout).toMatch(/^Get:1 http:\/\/deb\.debian\.org\/debian trixie InRelease/);
    expect(run('docker exec web apt-get install -y curl')).toMatchObject({ exitCode: 0, stdout: expect.stringContaining('Setting up curl (') });
    expect(run('docker diff web').stdout).toContain('A /usr/bin/curl\n');
    // The stand-in binary counts with the real package's installed size, in ps -s as in a build.
    expect(run('docker ps -s --format "{{.Size}}"').stdout).toMatch(/^2\d\.\dMB \(virtual 1\d\dMB\)\n$/);
    // The image is untouched: another container of it has no curl.
    run('docker run -d --name twin nginx');
    expect(run('docker exec twin ls /usr/bin/curl').exitCode).not.toBe(0);
  });

  it('keeps the installed size through commit, as history shows', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web apt-get update');
    run('docker exec web apt-get install -y curl');
    run('docker commit web web-curl');
    const top = run('docker history web-curl').stdout.split('\n')[1]!;
    expect(top).toMatch(/nginx -g daemon off;.*\s2\d\.\dMB\s/);
  });

  it('refuses a user other than root, as the lock file does', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker exec -u nginx web apt-get update')).toEqual({
      stdout: '',
      stderr: 'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)\nE: Unable to lock directory /var/lib/apt/lists/\n',
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

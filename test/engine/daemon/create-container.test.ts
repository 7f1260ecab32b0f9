// The daemon's createContainer (daemon/daemon.ts, daemon/create-container.ts): the request merged
// with the image's config as moby daemon/commit.go merge() does, checked as daemon/create.go and
// daemon/container.go do, each refusal a typed error with data; nothing changes on a refusal.
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../engine/daemon/daemon';
import { plainRequest } from '../../../engine/daemon/create-container';
import { InvalidWorkingDir, NameInUse, NoCommandSpecified } from '../../../engine/errors/daemon-errors';
import { parseReference } from '../../../engine/model/reference';

function nginx() {
  const daemon = new Daemon(1, () => Date.UTC(2026, 10, 27));
  const { image } = daemon.pull(parseReference('nginx'));
  return { daemon, image };
}

const refusal = (f: () => unknown): unknown => {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
};

describe('Daemon.createContainer', () => {
  it("merges the image's config: Env, Labels, ExposedPorts, StopSignal, Entrypoint and Cmd", () => {
    const { daemon, image } = nginx();
    const c = daemon.createContainer(
      plainRequest(image, 'nginx', {
        env: ['NGINX_VERSION=0', 'A=1'],
        labels: ['team=a'],
        ports: [{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 443, protocol: 'tcp' }],
      }),
    );
    expect(c.config).toEqual({
      entrypoint: ['/docker-entrypoint.sh'],
      cmd: ['nginx', '-g', 'daemon off;'],
      env: ['NGINX_VERSION=0', 'A=1', ...image.config.config.Env!.filter((e) => !e.startsWith('NGINX_VERSION='))],
      workingDir: '',
      tty: false,
      interactive: false,
      autoRemove: false,
      user: '',
      labels: { maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>', team: 'a' },
      exposedPorts: ['443/tcp', '80/tcp'],
      stopSignal: 'SIGQUIT',
      readOnly: false,
    });
    expect(c.ports).toEqual([{ hostIp: '0.0.0.0', hostPort: 8080, containerPort: 443, protocol: 'tcp' }]);
  });

  it('a command replaces CMD only; an entrypoint replaces both; a reset one with no command leaves nothing to run', () => {
    const { daemon, image } = nginx();
    expect(daemon.createContainer(plainRequest(image, 'nginx', { cmd: ['ls'] })).argv()).toEqual(['/docker-entrypoint.sh', 'ls']);
    expect(daemon.createContainer(plainRequest(image, 'nginx', { entrypoint: ['ls'] })).argv()).toEqual(['ls']);
    expect(daemon.createContainer(plainRequest(image, 'nginx', { entrypoint: [''], cmd: ['ls', '/'] })).argv()).toEqual(['ls', '/']);
    const before = daemon.version;
    expect(refusal(() => daemon.createContainer(plainRequest(image, 'nginx', { entrypoint: [''] })))).toBeInstanceOf(NoCommandSpecified);
    expect(refusal(() => daemon.createContainer(plainRequest(image, 'nginx', { workingDir: 'app' })))).toMatchObject({ workingDir: 'app' });
    expect(refusal(() => daemon.createContainer(plainRequest(image, 'nginx', { workingDir: 'app' })))).toBeInstanceOf(InvalidWorkingDir);
    expect(daemon.version).toBe(before);
  });

  it('reserves the name, and makes a missing working directory in the writable layer', () => {
    const { daemon, image } = nginx();
    const c = daemon.createContainer(plainRequest(image, 'nginx', { name: 'web', workingDir: '/app/src' }));
    expect(c.fs.changes()).toEqual([
      { kind: 'A', path: '/app' },
      { kind: 'A', path: '/app/src' },
    ]);
    expect(refusal(() => daemon.createContainer(plainRequest(image, 'nginx', { name: 'web' })))).toMatchObject({
      containerName: 'web',
      ownerId: c.id,
    });
    expect(refusal(() => daemon.createContainer(plainRequest(image, 'nginx', { name: 'web' })))).toBeInstanceOf(NameInUse);
    expect(daemon.containers.size).toBe(1);
  });

  it('binds /etc/hostname, /etc/hosts and /etc/resolv.conf outside the writable layer', () => {
    const { daemon, image } = nginx();
    const c = daemon.createContainer(plainRequest(image, 'nginx', { hostname: 'box' }));
    expect(c.fs.bindPaths()).toEqual(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf']);
    expect(c.fs.readFile('/etc/hostname')).toBe('box\n');
    c.fs.writeFile('/etc/hostname', 'other\n');
    expect(c.fs.readFile('/etc/hostname')).toBe('other\n');
    expect(c.fs.changes()).toEqual([]);
    expect(c.fs.changeset().size).toBe(0);
  });

  it("shares the image's labels, exposed ports and Env among containers that add none, and copies them for one that does", () => {
    const { daemon, image } = nginx();
    const a = daemon.createContainer(plainRequest(image, 'nginx'));
    const b = daemon.createContainer(plainRequest(image, 'nginx'));
    expect(a.config.labels).toEqual({ maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' });
    expect(a.config.exposedPorts).toEqual(['80/tcp']);
    expect(b.config.labels).toBe(a.config.labels);
    expect(b.config.exposedPorts).toBe(a.config.exposedPorts);
    expect(b.config.env).toBe(image.config.config.Env);
    expect(b.ports).toBe(a.ports);
    const own = daemon.createContainer(
      plainRequest(image, 'nginx', { labels: ['maintainer=me'], ports: [{ hostIp: '0.0.0.0', containerPort: 80, protocol: 'tcp' }] }),
    );
    expect(own.config.labels).toEqual({ maintainer: 'me' });
    expect(own.config.exposedPorts).toEqual(['80/tcp']);
    expect(own.ports).toEqual([{ hostIp: '0.0.0.0', hostPort: expect.any(Number), containerPort: 80, protocol: 'tcp' }]);
    // The shared ones are untouched by the container that set its own.
    expect(a.config.labels).toEqual({ maintainer: 'NGINX Docker Maintainers <docker-maint@nginx.com>' });
    expect(a.ports).toEqual([]);
    expect(daemon.createContainer(plainRequest(image, 'nginx')).config.labels).toBe(a.config.labels);
  });
});

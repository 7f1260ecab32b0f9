// model/container-fs.ts: the network files the daemon binds over a container's rootfs are made
// when read, from the container's host name and the address its last start wrote, and what a
// process writes over them stays outside the writable layer until the daemon writes them anew.
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../engine/daemon/daemon';
import { plainRequest } from '../../../engine/daemon/create-container';
import { FsError } from '../../../engine/model/cow';
import { parseReference } from '../../../engine/model/reference';

const DEFAULT_HOSTS =
  '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

function nginx() {
  const daemon = new Daemon(1, () => Date.UTC(2026, 10, 27));
  const { image } = daemon.pull(parseReference('nginx'));
  return { daemon, image };
}

const errorCode = (f: () => unknown): string | undefined => {
  try {
    f();
  } catch (e) {
    return e instanceof FsError ? e.code : String(e);
  }
  return undefined;
};

describe('ContainerFs network files', () => {
  it('/etc/hosts names no address before the first start, the start address while running, and keeps it after stop', () => {
    const { daemon, image } = nginx();
    const c = daemon.createContainer(plainRequest(image, 'nginx'));
    const short = c.id.slice(0, 12);
    expect(c.fs.readFile('/etc/hosts')).toBe(DEFAULT_HOSTS);
    expect(c.fs.readFile('/etc/hostname')).toBe(`${short}\n`);
    daemon.start(c.id);
    expect(c.fs.readFile('/etc/hosts')).toBe(`${DEFAULT_HOSTS}172.17.0.2\t${short}\n`);
    daemon.stop(c.id);
    expect(c.ip).toBeUndefined();
    expect(c.fs.readFile('/etc/hosts')).toBe(`${DEFAULT_HOSTS}172.17.0.2\t${short}\n`);
  });

  it('a write over /etc/hosts lasts until the next start writes the file anew; /etc/hostname keeps its write', () => {
    const { daemon, image } = nginx();
    const first = daemon.createContainer(plainRequest(image, 'nginx', { hostname: 'box' }));
    const second = daemon.createContainer(plainRequest(image, 'nginx', { hostname: 'web' }));
    daemon.start(first.id);
    daemon.start(second.id);
    second.fs.writeFile('/etc/hosts', '10.0.0.1\tdb\n', true);
    second.fs.writeFile('/etc/hostname', 'renamed\n');
    expect(second.fs.readFile('/etc/hosts')).toBe(`${DEFAULT_HOSTS}172.17.0.3\tweb\n10.0.0.1\tdb\n`);
    daemon.stop(second.id);
    expect(second.fs.readFile('/etc/hosts')).toBe(`${DEFAULT_HOSTS}172.17.0.3\tweb\n10.0.0.1\tdb\n`);
    daemon.stop(first.id);
    daemon.start(second.id); // .2 is free again: the lowest address is taken
    expect(second.fs.readFile('/etc/hosts')).toBe(`${DEFAULT_HOSTS}172.17.0.2\tweb\n`);
    expect(second.fs.readFile('/etc/hostname')).toBe('renamed\n');
    expect(first.fs.readFile('/etc/hostname')).toBe('box\n');
    // Neither write is a change of the writable layer: both containers show only nginx's start-up writes.
    expect(second.fs.changes()).toEqual(first.fs.changes());
    expect(second.fs.changes().map((ch) => ch.path)).not.toContain('/etc/hosts');
  });

  it('/etc/resolv.conf is the same text in every container, listed in /etc, and no mount point can be removed', () => {
    const { daemon, image } = nginx();
    const a = daemon.createContainer(plainRequest(image, 'nginx'));
    const b = daemon.createContainer(plainRequest(image, 'nginx'));
    expect(a.fs.readFile('/etc/resolv.conf')).toBe(b.fs.readFile('/etc/resolv.conf'));
    expect(a.fs.readFile('/etc/resolv.conf')).toContain('nameserver 8.8.8.8\nnameserver 8.8.4.4\n');
    expect(a.fs.list('/etc')).toEqual(expect.arrayContaining(['hostname', 'hosts', 'resolv.conf']));
    expect(a.fs.lstat('/etc/hosts')).toEqual({ type: 'file', content: DEFAULT_HOSTS, mode: 0o644 });
    expect(errorCode(() => a.fs.remove('/etc/resolv.conf'))).toBe('EROFS');
    a.fs.touch('/etc/hosts');
    expect(a.fs.changeset().size).toBe(0);
  });

  it('a --read-only root still takes writes to the mounted files, and only to them', () => {
    const { daemon, image } = nginx();
    const c = daemon.createContainer(plainRequest(image, 'nginx', { readOnly: true }));
    c.fs.writeFile('/etc/hostname', 'ro\n');
    expect(c.fs.readFile('/etc/hostname')).toBe('ro\n');
    expect(errorCode(() => c.fs.writeFile('/etc/motd', 'x'))).toBe('EROFS');
  });
});

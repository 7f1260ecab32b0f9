// engine/snapshot.ts: a container's mounts in the read-only view, with the files they hold, beside
// (never inside) its writable layer's changes.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('snapshot: container mounts', () => {
  it('lists a named volume, a bind mount and an anonymous volume with their files; writes under them stay out of changes', () => {
    const { host, run } = testHost();
    run('docker pull alpine');
    run('docker volume create data');
    run('mkdir -p /tmp/site');
    run('echo hi > /tmp/site/index.html');
    expect(
      run('docker run -d --name db1 -v data:/data -v /tmp/site:/srv:ro --mount type=volume,dst=/cache alpine sleep 1000').exitCode,
    ).toBe(0);
    run("docker exec db1 sh -c 'mkdir /data/2026 && echo order-42 > /data/2026/orders.txt && echo x > /tmp/scratch'");
    const db1 = host.snapshot().containers.find((c) => c.name === 'db1')!;
    const anonymous = db1.mounts.find((m) => m.destination === '/cache')!.name!;
    expect(anonymous).toMatch(/^[0-9a-f]{64}$/);
    expect(db1.mounts).toEqual([
      {
        type: 'volume',
        name: 'data',
        source: '/var/lib/docker/volumes/data/_data',
        destination: '/data',
        readOnly: false,
        files: ['/data/2026/orders.txt'],
      },
      { type: 'bind', source: '/tmp/site', destination: '/srv', readOnly: true, files: ['/srv/index.html'] },
      {
        type: 'volume',
        name: anonymous,
        source: `/var/lib/docker/volumes/${anonymous}/_data`,
        destination: '/cache',
        readOnly: false,
        files: [],
      },
    ]);
    expect(db1.changes).toEqual([
      { kind: 'C', path: '/tmp' },
      { kind: 'A', path: '/tmp/scratch' },
    ]);
  });

  it('a container without -v or --mount has none (its /etc/hosts and friends are not listed)', () => {
    const { host, run } = testHost();
    run('docker run -d --name plain alpine sleep 1000');
    expect(host.snapshot().containers[0]!.mounts).toEqual([]);
  });
});

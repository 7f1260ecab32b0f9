// composables/layerChanges.ts: a writable layer's box lists what changed itself before the parent
// directories docker diff adds (go-archive addChanges), and counts what it leaves out.
import { describe, expect, it } from 'vitest';
import { changesToShow, mountBoxes } from '../../composables/layerChanges';
import { testHost } from '../engine/host';

describe('changesToShow', () => {
  it("puts house-a's own changes first, then the parent directories, and counts the rest", () => {
    const { run } = testHost();
    run('docker run -d --name house-a nginx');
    run("docker exec house-a sh -c 'echo I am house-a > /usr/share/nginx/html/index.html'");
    const changes = run('docker diff house-a')
      .stdout.trim()
      .split('\n')
      .map((l) => ({ kind: l[0]!, path: l.slice(2) }));
    expect(changes.length).toBe(11);
    const { shown, hidden } = changesToShow(changes, 3);
    expect(shown.map((c) => `${c.kind} ${c.path}`)).toEqual([
      'C /etc/nginx/conf.d/default.conf',
      'A /run/nginx.pid',
      'C /usr/share/nginx/html/index.html',
    ]);
    expect(hidden).toBe(8);
  });

  it('shows everything when it fits, a deleted file included', () => {
    const changes = [
      { kind: 'C', path: '/usr' },
      { kind: 'D', path: '/usr/x' },
    ];
    expect(changesToShow(changes, 3)).toEqual({ shown: [changes[1], changes[0]], hidden: 0 });
  });
});

describe('mountBoxes', () => {
  it('draws one box per volume or bound directory, naming every container that mounts it; the writes stay out of the writable layer', () => {
    const { host, run } = testHost();
    run('docker volume create data');
    run('docker run -d --name db1 -v data:/data alpine sleep 1000');
    run('docker run -d --name db2 -v data:/mnt/d:ro -v /tmp:/host-tmp --mount type=volume,dst=/cache alpine sleep 1000');
    run("docker exec db1 sh -c 'echo order-42 > /data/orders.txt'");
    const containers = host.snapshot().containers;
    const anonymous = containers.find((c) => c.name === 'db2')!.mounts.find((m) => m.destination === '/cache')!.name!;
    expect(mountBoxes(containers)).toEqual([
      {
        key: '/var/lib/docker/volumes/data/_data',
        type: 'volume',
        title: 'data',
        where: '/data in db1, /mnt/d (ro) in db2',
        files: ['/data/orders.txt'],
      },
      { key: '/tmp', type: 'bind', title: '/tmp', where: '/host-tmp in db2', files: [] },
      {
        key: `/var/lib/docker/volumes/${anonymous}/_data`,
        type: 'volume',
        title: `${anonymous.slice(0, 12)}…`,
        where: '/cache in db2',
        files: [],
      },
    ]);
    expect(containers.find((c) => c.name === 'db1')!.changes).toEqual([]);
  });

  it('has nothing to draw for containers without mounts', () => {
    const { host, run } = testHost();
    run('docker run -d --name plain alpine sleep 1000');
    expect(mountBoxes(host.snapshot().containers)).toEqual([]);
  });
});

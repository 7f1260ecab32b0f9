// composables/layerChanges.ts: a writable layer's box lists what changed itself before the parent
// directories docker diff adds (go-archive addChanges), and counts what it leaves out.
import { describe, expect, it } from 'vitest';
import { changesToShow } from '../../composables/layerChanges';
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

// `docker diff` on Docker 29's containerd store: archive.ChangesDirs (moby
// daemon/containerd/image_changes.go) lists every ancestor directory but "/" of any change, a
// modification included, as C, right before its children (go-archive changes.go addChanges).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker diff', () => {
  it('a modified file deep in the tree brings each of its ancestors as C', () => {
    const { run } = testHost();
    run('docker run -d --name box alpine sleep 1000');
    run("docker exec box sh -c 'echo x >> /etc/apk/world'");
    expect(run('docker diff box')).toEqual({ stdout: 'C /etc\nC /etc/apk\nC /etc/apk/world\n', stderr: '', exitCode: 0 });
  });

  it('an added directory is A (never C), and a deleted file makes its parents C', () => {
    const { run } = testHost();
    run('docker run -d --name box alpine sleep 1000');
    run('docker exec box mkdir -p /srv/a/b');
    run('docker exec box rm /etc/motd');
    // /srv is alpine's: it holds a change, so it is C; the new /srv/a and /srv/a/b are A.
    expect(run('docker diff box').stdout).toBe('C /etc\nD /etc/motd\nC /srv\nA /srv/a\nA /srv/a/b\n');
  });
});

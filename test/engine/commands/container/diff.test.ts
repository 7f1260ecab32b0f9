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

// Moved from the flat test files (tests mirror the source).
describe('the writable layer', () => {
  it("two containers from one image never see each other's writes, and the image never changes", () => {
    const { run, host } = testHost();
    run('docker run -d --name aa nginx');
    run('docker run -d --name bb nginx');
    const before = host.inspectOci('nginx');
    run("docker exec aa sh -c 'echo from-a > /usr/share/nginx/html/index.html'");
    run('docker exec bb rm /usr/share/nginx/html/50x.html');
    expect(host.readFile('aa', '/usr/share/nginx/html/index.html')).toBe('from-a\n');
    expect(host.readFile('bb', '/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
    expect(host.readFile('bb', '/usr/share/nginx/html/50x.html')).toBeUndefined();
    expect(host.readFile('aa', '/usr/share/nginx/html/50x.html')).toBeDefined();
    // Every ancestor but / of a change is a change too (go-archive changes.go addChanges).
    expect(run('docker diff bb').stdout).toBe(
      'C /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /usr\nC /usr/share\nC /usr/share/nginx\nC /usr/share/nginx/html\nD /usr/share/nginx/html/50x.html\n',
    );
    expect(run('docker diff aa').stdout).toContain('C /usr/share/nginx/html/index.html\n');
    expect(host.inspectOci('nginx')).toEqual(before);
    run('docker run -d --name cc nginx');
    expect(host.readFile('cc', '/usr/share/nginx/html/index.html')).toContain('Welcome to nginx!');
  });

  it('diff lists A/C/D as moby reports them: touch in /tmp, mkdir -p', () => {
    const { run } = testHost();
    run('docker run -d --name xx nginx');
    run('docker exec xx touch /tmp/x');
    run('docker exec xx mkdir -p /data/sub');
    expect(run('docker diff xx').stdout).toBe(
      'A /data\nA /data/sub\nC /etc\nC /etc/nginx\nC /etc/nginx/conf.d\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /tmp\nA /tmp/x\n',
    );
  });
});

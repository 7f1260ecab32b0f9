// docker diff: each container's writable layer, as moby lists its A/C/D changes; the image never changes.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('the writable layer', () => {
  it('two containers from one image never see each other\'s writes, and the image never changes', () => {
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
    expect(run('docker diff bb').stdout).toBe('C /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /usr/share/nginx/html\nD /usr/share/nginx/html/50x.html\n');
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
    expect(run('docker diff xx').stdout).toBe('A /data\nA /data/sub\nC /etc/nginx/conf.d/default.conf\nC /run\nA /run/nginx.pid\nC /tmp\nA /tmp/x\n');
  });
});

// moby container/container.go CreateDaemonEnvironment: PATH, then HOSTNAME, then the container's Env.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('a container process environment', () => {
  it('lists PATH before HOSTNAME, in run and exec', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const short = host.snapshot().containers[0]!.id.slice(0, 12);
    expect(run('docker exec web env').stdout.split('\n').slice(0, 3)).toEqual([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
      `HOSTNAME=${short}`,
      'NGINX_VERSION=1.29.3',
    ]);
  });
});

// inspect's port maps: HostConfig.PortBindings is what -p asked for (no address → ""), and
// NetworkSettings.Ports what is bound now (0.0.0.0 and :: each; exposed but unpublished → null),
// keys sorted as Go marshals a map.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker inspect port maps', () => {
  it('lists every binding of a container port, on IPv4 and IPv6', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 -p 127.0.0.1:8081:80 -p 9000:9000/udp nginx');
    expect(run('docker inspect --format "{{json .HostConfig.PortBindings}}" web').stdout).toBe(
      '{"80/tcp":[{"HostIp":"","HostPort":"8080"},{"HostIp":"127.0.0.1","HostPort":"8081"}],"9000/udp":[{"HostIp":"","HostPort":"9000"}]}\n',
    );
    expect(run('docker inspect --format "{{json .NetworkSettings.Ports}}" web').stdout).toBe(
      '{"80/tcp":[{"HostIp":"0.0.0.0","HostPort":"8080"},{"HostIp":"::","HostPort":"8080"},{"HostIp":"127.0.0.1","HostPort":"8081"}],"9000/udp":[{"HostIp":"0.0.0.0","HostPort":"9000"},{"HostIp":"::","HostPort":"9000"}]}\n',
    );
  });

  it('shows an exposed port nobody published as null while running, and nothing once stopped', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker inspect --format "{{json .HostConfig.PortBindings}} {{json .NetworkSettings.Ports}}" web').stdout).toBe(
      '{} {"80/tcp":null}\n',
    );
    run('docker stop web');
    expect(run('docker inspect --format "{{json .NetworkSettings.Ports}}" web').stdout).toBe('{}\n');
  });
});

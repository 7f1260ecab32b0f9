// ps's PORTS column follows the CLI's DisplayablePorts: sorted by container port, same-port
// publications grouped into ranges, mappings to another host port last.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker ps PORTS column', () => {
  it('groups consecutive ports published on the same host port', () => {
    const { run } = testHost();
    run('docker run -d --name a1 -p 80:80 -p 8080:8080 -p 8081:8081 nginx');
    expect(run('docker ps --format "{{.Ports}}"').stdout).toBe(
      '0.0.0.0:80->80/tcp, [::]:80->80/tcp, 0.0.0.0:8080-8081->8080-8081/tcp, [::]:8080-8081->8080-8081/tcp\n',
    );
  });

  it('lists same-port groups before mappings to another host port', () => {
    const { run } = testHost();
    run('docker run -d --name a2 -p 127.0.0.1:9000:80 -p 443:443/udp nginx');
    expect(run('docker ps --format "{{.Ports}}"').stdout).toBe('0.0.0.0:443->443/udp, [::]:443->443/udp, 127.0.0.1:9000->80/tcp\n');
  });

  it('shows exposed-only ports bare, and nothing once stopped', () => {
    const { run } = testHost();
    run('docker run -d --name a3 nginx');
    expect(run('docker ps --format "{{.Ports}}"').stdout).toBe('80/tcp\n');
    run('docker stop a3');
    expect(run('docker ps -a --format "[{{.Ports}}]"').stdout).toBe('[]\n');
  });
});

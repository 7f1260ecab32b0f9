// docker port: a container's published ports.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker port', () => {
  it('lists every binding in natural order, IPv4 before IPv6, and one port’s bindings alone', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 -p 127.0.0.1:9090:80 -p 5353:53/udp -p 10000:443 nginx');
    expect(run('docker port web').stdout).toBe(
      [
        '53/udp -> 0.0.0.0:5353',
        '53/udp -> [::]:5353',
        '80/tcp -> 0.0.0.0:8080',
        '80/tcp -> 127.0.0.1:9090',
        '80/tcp -> [::]:8080',
        '443/tcp -> 0.0.0.0:10000',
        '443/tcp -> [::]:10000',
        '',
      ].join('\n'),
    );
    expect(run('docker port web 80').stdout).toBe('0.0.0.0:8080\n127.0.0.1:9090\n[::]:8080\n');
    expect(run('docker port web 80/tcp').stdout).toBe(run('docker port web 80').stdout);
    expect(run('docker container port web 53/udp').stdout).toBe('0.0.0.0:5353\n[::]:5353\n');
  });

  it('prints nothing for a container with no published port or one that is not running', () => {
    const { run } = testHost();
    run('docker run -d --name plain nginx');
    expect(run('docker port plain')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker run -d --name web -p 8080:80 nginx');
    run('docker stop web');
    expect(run('docker port web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker port web 80').stderr).toBe("no public port '80' published for web\n");
  });

  it('checks the port number as Go parses it', () => {
    const { run } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    // CLI v29 container/port.go and moby api/types/network/port.go ParsePort.
    expect(run('docker port web 81')).toEqual({ stdout: '', stderr: "no public port '81' published for web\n", exitCode: 1 });
    expect(run('docker port web 80/udp').stderr).toBe("no public port '80/udp' published for web\n");
    expect(run('docker port web http').stderr).toBe("invalid port 'http': invalid syntax\n");
    expect(run('docker port web 70000').stderr).toBe("invalid port '70000': value out of range\n");
    expect(run('docker port nope').stderr).toBe('Error response from daemon: No such container: nope\n');
    expect(run('docker port web 80 81').stderr).toMatch(/^docker: 'docker port' requires at least 1 and at most 2 arguments\n/);
  });
});

// libnetwork allocates host ports per address: the error names the address asked for, and two
// different specific addresses may publish the same port.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('published port conflicts', () => {
  it('names the requested address in "Bind for … failed"', () => {
    const { run } = testHost();
    run('docker run -d --name w1 -p 127.0.0.1:8080:80 nginx');
    const r = run('docker run -d --name w2 -p 127.0.0.1:8080:80 nginx');
    expect(r.exitCode).toBe(125);
    expect(r.stderr).toMatch(
      /^docker: Error response from daemon: failed to set up container networking: driver failed programming external connectivity on endpoint w2 \([0-9a-f]{64}\): Bind for 127\.0\.0\.1:8080 failed: port is already allocated\n\nRun 'docker run --help' for more information\n$/,
    );
  });

  it('lets two specific addresses share a port number', () => {
    const { run } = testHost();
    run('docker run -d --name w4 -p 127.0.0.1:9090:80 nginx');
    expect(run('docker run -d --name w5 -p 127.0.0.2:9090:80 nginx').exitCode).toBe(0);
    expect(run('docker ps --format "{{.Names}} {{.Ports}}"').stdout).toBe('w5 127.0.0.2:9090->80/tcp\nw4 127.0.0.1:9090->80/tcp\n');
  });

  it('0.0.0.0 still collides with any address on that port', () => {
    const { run } = testHost();
    run('docker run -d --name w6 -p 127.0.0.1:7070:80 nginx');
    expect(run('docker run -d --name w7 -p 7070:80 nginx').exitCode).toBe(125);
  });
});

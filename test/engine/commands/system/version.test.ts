// docker version, and the management forms of commands (container ls, image rm, …).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('version, the management forms and docker --help', () => {
    const { run } = testHost();
    expect(run('docker version').stdout).toContain(' Version:           29.7.2\n');
    expect(run('docker --version').stdout).toBe('Docker version 29.7.2, build 28f7560\n');
    expect(run('docker container ls').stdout).toBe(run('docker ps').stdout);
    expect(run('docker image ls').stdout).toBe(run('docker images').stdout);
    run('docker image pull busybox');
    expect(run('docker image rm busybox').stdout).toMatch(/^Untagged: busybox:latest\nDeleted: sha256:[a-f0-9]{64}\n$/);
    expect(run('docker --help').stdout).toContain('Usage:  docker [OPTIONS] COMMAND');
    expect(run('docker container').stdout).toContain('Usage:  docker container COMMAND');
  });
});

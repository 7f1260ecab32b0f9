// docker pause / unpause: state errors, with the full container ID as the daemon writes it.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker run / ps / stop / rm', () => {
  it('state errors name the full container ID', () => {
    const { run, host } = testHost();
    run('docker create --name cc nginx');
    const id = host.snapshot().containers[0]!.id;
    expect(run('docker pause cc').stderr).toBe(`Error response from daemon: container ${id} is not running\n`);
    expect(run('docker unpause cc').stderr).toBe(`Error response from daemon: Container ${id} is not paused\n`);
    expect(run('docker kill cc').stderr).toBe(`Error response from daemon: cannot kill container: cc: container ${id} is not running\n`);
    expect(run('docker exec cc ls').stderr).toBe(`Error response from daemon: container ${id} is not running\n`);
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Created\n');
    expect(run('docker start cc')).toEqual({ stdout: 'cc\n', stderr: '', exitCode: 0 });
    expect(run('docker kill cc').stdout).toBe('cc\n');
    expect(run('docker ps -a --format "{{.Status}}"').stdout).toBe('Exited (137) Less than a second ago\n');
  });
});

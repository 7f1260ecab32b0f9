// docker rm: refusals with Docker 29 wording, -f, -l.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker run / ps / stop / rm', () => {
  it('refuses to remove a running or paused container, with Docker 29 wording', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker rm web')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: cannot remove container "web": container is running: stop the container before removing or force remove\n',
      exitCode: 1,
    });
    run('docker pause web');
    expect(run('docker rm web').stderr).toBe(
      'Error response from daemon: cannot remove container "web": container is paused and must be unpaused first\n',
    );
    expect(run('docker ps --format "{{.Status}}"').stdout).toBe('Up Less than a second (Paused)\n');
    expect(run('docker rm -f web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(run('docker rm -f web')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('rm -l', () => {
  it("a container's name is its default link, which cannot be removed; the container stays", () => {
    const { run } = testHost();
    run('docker create --name web nginx');
    expect(run('docker rm -l web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Conflict, cannot remove the default link name of the container\n',
      exitCode: 1,
    });
    expect(run('docker ps -aq').stdout).not.toBe('');
  });
});

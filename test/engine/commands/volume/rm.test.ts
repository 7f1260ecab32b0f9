// docker/cli v29.7.2 cli/command/volume/remove.go; moby docker-v29.7.2 daemon/volume/service/errors.go (OpErr with Refs).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker volume rm', () => {
  it('removes an unused volume, refuses one a container (even a stopped one) mounts, names the containers', () => {
    const { run } = testHost();
    run('docker volume create data');
    const id = run('docker create -v data:/data alpine').stdout.trim();
    expect(run('docker volume rm data nope')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: remove data: volume is in use - [${id}]\nError response from daemon: get nope: no such volume\n`,
      exitCode: 1,
    });
    run(`docker rm ${id}`);
    expect(run('docker volume rm data')).toEqual({ stdout: 'data\n', stderr: '', exitCode: 0 });
    expect(run('docker volume rm -f data')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

// docker/cli v29.7.2 cli/command/volume/create.go; names checked by moby docker-v29.7.2 daemon/volume/local/local.go.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker volume create', () => {
  it('prints the name; without one, a 64-hex name; an existing name is no error', () => {
    const { run } = testHost();
    expect(run('docker volume create data')).toEqual({ stdout: 'data\n', stderr: '', exitCode: 0 });
    expect(run('docker volume create data')).toEqual({ stdout: 'data\n', stderr: '', exitCode: 0 });
    expect(run('docker volume create').stdout).toMatch(/^[a-f0-9]{64}\n$/);
  });

  it('refuses names the local driver refuses', () => {
    const { run } = testHost();
    expect(run('docker volume create x')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters\n',
      exitCode: 1,
    });
    expect(run('docker volume create my/data')).toEqual({
      stdout: '',
      stderr:
        'Error response from daemon: create my/data: "my/data" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
      exitCode: 1,
    });
  });
});

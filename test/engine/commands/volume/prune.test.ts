// docker/cli v29.7.2 cli/command/volume/prune.go: anonymous volumes only unless --all (API 1.42+).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker volume prune', () => {
  it('asks first, then removes unused anonymous volumes; -a named ones too', () => {
    const { run } = testHost();
    run('docker volume create named');
    const anon = run('docker volume create --label com.docker.volume.anonymous= ').stdout.trim();
    run('docker create --name user -v used:/data alpine');
    expect(run('docker volume prune')).toEqual({
      stdout: 'WARNING! This will remove anonymous local volumes not used by at least one container.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('y')).toEqual({ stdout: `Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(run('docker volume prune -af')).toEqual({
      stdout: 'Deleted Volumes:\nnamed\n\nTotal reclaimed space: 0B\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker volume ls -q')).toEqual({ stdout: 'used\n', stderr: '', exitCode: 0 });
  });
});

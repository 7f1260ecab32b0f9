// docker/cli v29.7.2 cli/command/volume/list.go and formatter/volume.go ("table {{.Driver}}\t{{.Name}}").
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker volume ls', () => {
  it('lists DRIVER and VOLUME NAME in natural order; -q the names', () => {
    const { run } = testHost();
    expect(run('docker volume ls')).toEqual({ stdout: 'DRIVER    VOLUME NAME\n', stderr: '', exitCode: 0 });
    run('docker volume create data10');
    run('docker volume create data2');
    expect(run('docker volume ls')).toEqual({
      stdout: 'DRIVER    VOLUME NAME\nlocal     data2\nlocal     data10\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker volume ls -q')).toEqual({ stdout: 'data2\ndata10\n', stderr: '', exitCode: 0 });
  });
});

// --filter values go through docker/cli's opts.FilterOpt: one without "=" is a flag error (exit
// 125, with the usage), an empty one is ignored.
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('--filter value format', () => {
  it('rejects a filter without "="', () => {
    expect(testHost().run('docker ps --filter name')).toEqual({
      stdout: '',
      stderr: 'invalid argument "name" for "-f, --filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker ps [OPTIONS]\n\nRun \'docker ps --help\' for more information\n',
      exitCode: 125,
    });
    expect(testHost().run('docker container prune -f --filter until').stderr).toBe(
      'invalid argument "until" for "--filter" flag: bad format of filter (expected name=value)\n\nUsage:  docker container prune [OPTIONS]\n\nRun \'docker container prune --help\' for more information\n',
    );
  });

  it('ignores an empty filter', () => {
    expect(testHost().run('docker ps --filter ""')).toEqual({ stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n', stderr: '', exitCode: 0 });
  });
});

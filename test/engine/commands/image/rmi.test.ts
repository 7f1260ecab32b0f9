// docker/cli cli/command/image/remove.go: with -f, images that are not found are reported on
// stderr but are not a failure; without -f they are.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker rmi', () => {
  it('-f on a missing image prints the error and exits 0', () => {
    const { run } = testHost();
    expect(run('docker rmi -f nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 0 });
    expect(run('docker rmi nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 1 });
  });
});

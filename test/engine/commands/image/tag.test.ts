// docker tag: transcripts on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('tag adds a name to the same image; rmi of one of two tags only untags', () => {
    const { run, host } = testHost();
    run('docker pull nginx');
    expect(run('docker tag nginx myweb:v1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.snapshot().images[0]!.repoTags).toEqual(['myweb:v1', 'nginx:latest']);
    expect(run('docker rmi myweb:v1')).toEqual({ stdout: 'Untagged: myweb:v1\n', stderr: '', exitCode: 0 });
    expect(run('docker tag nope x:y').stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });
});

// run/create write "Unable to find image … locally" before they pull (cli create.go), so a pull
// that fails still shows that line above the error.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('run of an image that cannot be pulled', () => {
  it('keeps the "Unable to find image" line', () => {
    const { run } = testHost();
    expect(run('docker run nosuchimg')).toEqual({
      stdout: '',
      stderr:
        "Unable to find image 'nosuchimg:latest' locally\n" +
        "docker: Error response from daemon: pull access denied for nosuchimg, repository does not exist or may require 'docker login'\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(run('docker create nginx:nosuch')).toEqual({
      stdout: '',
      stderr:
        "Unable to find image 'nginx:nosuch' locally\n" +
        'docker: Error response from daemon: failed to resolve reference "docker.io/library/nginx:nosuch": docker.io/library/nginx:nosuch: not found\n\nRun \'docker create --help\' for more information\n',
      exitCode: 125,
    });
  });

  it('--pull never prints only the error', () => {
    expect(testHost().run('docker run --pull never nginx')).toEqual({
      stdout: '',
      stderr: "docker: Error response from daemon: No such image: nginx:latest\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
  });
});

describe('run/create -q', () => {
  it('suppresses the "Unable to find image" line and the pull output', () => {
    const { run } = testHost();
    expect(run('docker run -q alpine echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    const created = run('docker create --quiet nginx');
    expect(created.stderr).toBe('');
    expect(created.stdout).toMatch(/^[0-9a-f]{64}\n$/);
  });
});

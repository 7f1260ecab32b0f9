// engine/shell/programs.ts: the shell inside a container.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('the shell inside a container', () => {
  it('exit ends the script with its code; cd changes the directory for the rest of it', () => {
    const { run } = testHost();
    expect(run('docker run busybox sh -c "exit 3"').exitCode).toBe(3);
    expect(run('docker run --rm busybox sh -c "cd /etc && pwd"').stdout).toBe('/etc\n');
    expect(run('docker run --rm busybox sh -c "true && exit 0; echo never"').stdout).toBe('');
  });
});

// docker restart: transcripts on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('restart keeps the container and its writable layer', () => {
    const { run, host, advance } = testHost();
    run('docker run -d --name web nginx');
    run('docker exec web touch /keep');
    advance(60_000);
    expect(run('docker restart web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(run('docker ps --format "{{.Status}}"').stdout).toBe('Up Less than a second\n');
    expect(host.readFile('web', '/keep')).toBe('');
  });
});

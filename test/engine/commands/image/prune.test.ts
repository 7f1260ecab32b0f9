// docker image prune: -a and --filter until=.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('image prune -a removes images no container uses, and shared layers are not counted twice', () => {
    const { run } = testHost();
    run('docker pull alpine');
    run('docker run -d nginx');
    const out = run('docker image prune -a -f').stdout;
    expect(out).toMatch(/^Deleted Images:\nuntagged: alpine:latest\ndeleted: sha256:[a-f0-9]{64}\n\nTotal reclaimed space: 8\.441MB\n$/);
  });
});

describe('prune --filter', () => {
  it('image prune -a until= keeps images newer than the cut; unknown keys are the daemon error', () => {
    const { run } = testHost();
    run('docker pull alpine');
    run('docker build -q -t web .');
    const out = run('docker image prune -a -f --filter until=24h').stdout;
    expect(out).toContain('untagged: alpine:latest\n');
    expect(out).not.toContain('web');
    expect(run('docker images --format "{{.Repository}}"').stdout).toBe('web\n');
    expect(run('docker image prune -f --filter colour=red')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'colour'\n",
      exitCode: 1,
    });
    expect(run('docker container prune -f --filter until=soon').stderr).toBe(
      'Error response from daemon: failed to parse value as time or duration: "soon"\n',
    );
  });
});

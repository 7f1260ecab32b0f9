// docker container prune: the confirmation and --filter (until=, label=, label!=).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('container prune asks first; y deletes the stopped ones', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker create --name idle nginx');
    const idle = host.snapshot().containers.find((c) => c.name === 'idle')!.id;
    expect(run('docker container prune')).toEqual({
      stdout: 'WARNING! This will remove all stopped containers.\n',
      stderr: '',
      exitCode: 0,
    });
    expect(host.prompt()).toBe('Are you sure you want to continue? [y/N] ');
    // "n" is the CLI's cancelledErr, which main() neither prints nor turns into a failure (cmd/docker/docker.go).
    expect(run('n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker container prune');
    expect(run('y')).toEqual({ stdout: `Deleted Containers:\n${idle}\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
    expect(host.snapshot().containers.map((c) => c.name)).toEqual(['web']);
  });
});

describe('prune --filter', () => {
  it('container prune until= removes only containers created before it', () => {
    const { run, advance } = testHost();
    const old = run('docker create --name old alpine').stdout.trim();
    advance(2 * 3_600_000);
    run('docker create --name fresh alpine');
    expect(run('docker container prune -f --filter until=1h')).toEqual({
      stdout: `Deleted Containers:\n${old}\n\nTotal reclaimed space: 0B\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker ps -a --format "{{.Names}}"').stdout).toBe('fresh\n');
  });

  it('label= and label!= match the labels containers inherit from their image', () => {
    const { run } = testHost();
    run('docker create --name web nginx');
    run('docker create --name box alpine');
    const labels = run("docker image inspect -f '{{json .Config.Labels}}' nginx").stdout;
    const key = Object.keys(JSON.parse(labels) as Record<string, string>)[0]!;
    run(`docker container prune -f --filter label!=${key}`);
    expect(run('docker ps -a --format "{{.Names}}"').stdout).toBe('web\n');
    run(`docker container prune -f --filter label=${key}`);
    expect(run('docker ps -a --format "{{.Names}}"').stdout).toBe('');
  });
});

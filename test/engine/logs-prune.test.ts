// logs --since/--details/--follow/-t and prune --filter.
import { describe, expect, it } from 'vitest';
import { T0, testHost } from './host';

describe('logs', () => {
  it('--since keeps what was logged at or after the time, relative or absolute', () => {
    const { run, advance } = testHost();
    run('docker run -d --name web -p 8080:80 nginx');
    advance(10 * 60_000);
    run('curl -s localhost:8080/');
    const all = run('docker logs web').stdout.split('\n').filter(Boolean);
    const recent = run('docker logs --since 5m web').stdout.split('\n').filter(Boolean);
    expect(all.length).toBeGreaterThan(1);
    expect(recent).toHaveLength(1);
    expect(recent[0]).toMatch(/"GET \/ HTTP\/1\.1" 200/);
    expect(run('docker logs --since 2026-11-27T10:05:00Z web').stdout).toBe(recent[0] + '\n');
    expect(run(`docker logs --since ${T0 / 1000} web`).stdout.split('\n').filter(Boolean)).toEqual(all);
    expect(run('docker logs --since 1h web').stdout.split('\n').filter(Boolean)).toEqual(all);
    expect(run('docker logs --since yesterday web')).toEqual({ stdout: '', stderr: 'invalid value for "since": failed to parse value as time or duration: "yesterday"\n', exitCode: 1 });
  });

  it('-t prints RFC3339Nano with nine digits; --details adds the (empty) attributes and a space', () => {
    const { run } = testHost();
    run('docker run --name once alpine echo hi');
    expect(run('docker logs -t once').stdout).toBe('2026-11-27T10:00:00.000000000Z hi\n');
    expect(run('docker logs --details once').stdout).toBe(' hi\n');
    expect(run('docker logs --details -t once').stdout).toBe('2026-11-27T10:00:00.000000000Z  hi\n');
  });

  it('--follow prints what there is and returns (the host has no future output)', () => {
    const { run } = testHost();
    run('docker run --name once alpine echo hi');
    expect(run('docker logs -f once')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });
});

describe('prune --filter', () => {
  it('container prune until= removes only containers created before it', () => {
    const { run, advance } = testHost();
    const old = run('docker create --name old alpine').stdout.trim();
    advance(2 * 3_600_000);
    run('docker create --name fresh alpine');
    expect(run('docker container prune -f --filter until=1h')).toEqual({ stdout: `Deleted Containers:\n${old}\n\nTotal reclaimed space: 0B\n`, stderr: '', exitCode: 0 });
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

  it('image prune -a until= keeps images newer than the cut; unknown keys are the daemon error', () => {
    const { run } = testHost();
    run('docker pull alpine');
    run('docker build -q -t web .');
    const out = run('docker image prune -a -f --filter until=24h').stdout;
    expect(out).toContain('untagged: alpine:latest\n');
    expect(out).not.toContain('web');
    expect(run('docker images --format "{{.Repository}}"').stdout).toBe('web\n');
    expect(run('docker image prune -f --filter colour=red')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'colour'\n", exitCode: 1 });
    expect(run('docker container prune -f --filter until=soon').stderr).toBe('Error response from daemon: failed to parse value as time or duration: "soon"\n');
  });
});

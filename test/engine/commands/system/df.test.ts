// `docker system df` (-v) and the build cache it counts, emptied by `docker builder prune`.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

/** The starter context in ~/app builds FROM nginx:1.29 with one COPY: one cache record of 117B. */
function builtTwice() {
  const t = testHost();
  t.run('docker build -q -t web .');
  t.advance(120_000);
  t.run('docker build -q -t web .');
  return t;
}

describe('system df and the build cache', () => {
  it('the Build Cache row counts what docker build cached', () => {
    const { run } = builtTwice();
    expect(run('docker system df').stdout.split('\n')[4]).toBe('Build Cache     1         0         117B      117B');
  });

  it('-v prints one table per kind, the cache records with their use', () => {
    const { run } = builtTwice();
    run('docker run -d --name web1 web');
    const out = run('docker system df -v').stdout;
    const [images, containers, volumes, cache] = out
      .split('\n\n')
      .reduce<string[][]>((acc, part, i) => (i % 2 === 0 ? [...acc, [part]] : (acc[acc.length - 1]!.push(part), acc)), []);
    expect(images![0]).toBe('Images space usage:');
    expect(images![1]!.split('\n')[0]).toBe(
      'REPOSITORY   TAG       IMAGE ID       CREATED         SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS',
    );
    // Docker 29: each build's provenance gives it a new ID, so the first build is left untagged
    // beside the second, over the very same layers: nothing of web's is unique to it any more.
    const rows = images![1]!.split('\n').slice(1);
    expect(rows.find((r) => r.startsWith('web '))).toMatch(
      /^web {10}latest {4}[0-9a-f]{12} {3}2 minutes ago {3}161MB {5}161MB {9}0B {12}1$/,
    );
    expect(rows.find((r) => r.startsWith('<none> '))).toMatch(
      /^<none> {7}<none> {4}[0-9a-f]{12} {3}2 minutes ago {3}161MB {5}161MB {9}0B {12}0$/,
    );
    expect(containers![0]).toBe('Containers space usage:');
    expect(containers![1]!.split('\n')[0]).toBe(
      'CONTAINER ID   IMAGE     COMMAND                  LOCAL VOLUMES   SIZE                   CREATED                  STATUS                  NAMES',
    );
    expect(containers![1]!.split('\n')[1]).toMatch(
      /^[0-9a-f]{12} {3}web {7}"\/docker-entrypoint\.…" {3}0 {15}\S+ \(virtual 161MB\) {3}Less than a second ago {3}Up Less than a second {3}web1$/,
    );
    expect(volumes).toEqual(['Local Volumes space usage:', 'VOLUME NAME   LINKS     SIZE']);
    expect(cache![0]).toBe('Build cache usage: 117B');
    expect(cache![1]).toMatch(
      /^CACHE ID {7}CACHE TYPE {3}SIZE {6}CREATED {9}LAST USED {16}USAGE {5}SHARED\n[0-9a-z]{12} {3}regular {6}117B {6}2 minutes ago {3}Less than a second ago {3}2 {9}false\n$/,
    );
  });

  it('builder prune asks first, then lists what it removed the way buildx does', () => {
    const { run, host } = builtTwice();
    expect(run('docker builder prune')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.prompt()).toBe('WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] ');
    // buildx (which answers `docker builder prune` in Docker 29) returns quietly on "no".
    expect(run('n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker builder prune -a');
    expect(host.prompt()).toBe('WARNING! This will remove all build cache. Are you sure you want to continue? [y/N] ');
    const out = run('y').stdout;
    expect(out).toMatch(
      /^ID\t{6}RECLAIMABLE\tSIZE\t\tLAST ACCESSED\n[0-9a-z]{25} {15}\ttrue \t\t117B {6}\tLess than a second ago\nTotal:\t117B\n$/,
    );
    expect(run('docker system df').stdout.split('\n')[4]).toBe('Build Cache     0         0         0B        0B');
    expect(run('docker buildx prune -f')).toEqual({ stdout: 'Total:\t0B\n', stderr: '', exitCode: 0 });
  });

  it('after a prune the next build misses the cache', () => {
    const { run } = builtTwice();
    run('docker builder prune -f');
    expect(run('docker build -t web .').stderr).not.toContain('CACHED [2/2]');
    expect(run('docker build -t web .').stderr).toContain('CACHED [2/2]');
  });
});

describe('more docker commands', () => {
  it('system df counts shared layers once', () => {
    const { run } = testHost();
    run('docker pull nginx');
    run('docker pull redis');
    const rows = run('docker system df').stdout.split('\n');
    expect(rows[0]).toBe('TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE');
    expect(rows[1]).toMatch(/^Images {10}2 {9}0 {9}\S+ +\S+ \(100%\)$/);
  });
});

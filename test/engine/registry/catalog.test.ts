// Self-checks of the bundled image data: the invariants the registry builder and the demos rely on.
import { describe, expect, it } from 'vitest';
import { catalog, interactiveBanners, logTimeToken, redisLogTimeToken, renderLogTime } from '../../../engine/registry/catalog';
import { treeSize } from '../../../engine/registry/images/common';
import type { ImageSpec, LayerSpec } from '../../../engine/registry/types';

function image(repo: string, tag: string): ImageSpec {
  const found = catalog.find((i) => i.repository === `library/${repo}` && i.tags.includes(tag));
  if (!found) throw new Error(`no ${repo}:${tag} in the catalog`);
  return found;
}

const layersOf = (i: ImageSpec): LayerSpec[] => i.steps.flatMap((s) => ('layer' in s ? [s.layer] : []));
const stepTimes = (i: ImageSpec): string[] => i.steps.map((s) => ('layer' in s ? s.layer.created : s.empty.created));
const repositories = [...new Set(catalog.map((i) => i.repository))];
const RFC3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;

describe('catalog', () => {
  it('lists the agreed repositories, each with a latest tag on exactly one image', () => {
    expect(repositories.sort()).toEqual(
      ['alpine', 'busybox', 'debian', 'hello-world', 'nginx', 'node', 'python', 'redis', 'ubuntu'].map((r) => `library/${r}`),
    );
    for (const repo of repositories) {
      expect(
        catalog.filter((i) => i.repository === repo && i.tags.includes('latest')),
        repo,
      ).toHaveLength(1);
    }
  });

  it('never gives one tag to two images of a repository, and every image has a version tag besides latest', () => {
    for (const repo of repositories) {
      const tags = catalog.filter((i) => i.repository === repo).flatMap((i) => i.tags);
      expect(new Set(tags).size, repo).toBe(tags.length);
    }
    for (const i of catalog) expect(i.tags.filter((t) => t !== 'latest').length, i.repository).toBeGreaterThan(0);
  });

  it('resolves the tags the talk and exercises use', () => {
    const wanted = [
      'hello-world:linux',
      'busybox:1.37',
      'alpine:3.23',
      'debian:trixie',
      'debian:trixie-slim',
      'debian:13',
      'ubuntu:26.04',
      'ubuntu:resolute',
      'nginx:1.29',
      'nginx:1.29.3',
      'nginx:mainline',
      'redis:8.2',
      'redis:8',
      'node:24',
      'node:lts',
      'node:24.11.1',
      'python:3.14',
      'python:3.14.1',
    ];
    for (const ref of wanted) {
      const [repo, tag] = ref.split(':') as [string, string];
      expect(() => image(repo, tag), ref).not.toThrow();
    }
    expect(image('debian', 'trixie')).not.toBe(image('debian', 'trixie-slim'));
    expect(image('debian', 'latest')).toBe(image('debian', 'trixie'));
  });
});

describe('shared base layers', () => {
  it('nginx and redis start with the very layer object of debian:trixie-slim', () => {
    const slim = layersOf(image('debian', 'trixie-slim'));
    expect(slim).toHaveLength(1);
    expect(layersOf(image('nginx', 'latest'))[0]).toBe(slim[0]);
    expect(layersOf(image('redis', 'latest'))[0]).toBe(slim[0]);
  });

  it('node and python share debian:trixie plus buildpack-deps curl, scm and toolchain layers, then diverge', () => {
    const base = layersOf(image('debian', 'trixie'))[0];
    const node = layersOf(image('node', '24'));
    const python = layersOf(image('python', '3.14'));
    expect(node[0]).toBe(base);
    for (let k = 0; k < 4; k++) expect(node[k], `layer ${k}`).toBe(python[k]);
    expect(node.slice(1, 4).map((l) => l.key)).toEqual([
      'buildpack-deps-trixie-curl',
      'buildpack-deps-trixie-scm',
      'buildpack-deps-trixie',
    ]);
    expect(node[4]).not.toBe(python[4]);
  });

  it('uses one key per distinct layer object, so a key always names the same bytes', () => {
    const byKey = new Map<string, LayerSpec>();
    for (const l of catalog.flatMap(layersOf)) {
      const seen = byKey.get(l.key);
      if (seen) expect(seen, l.key).toBe(l);
      else byKey.set(l.key, l);
    }
  });
});

describe('sizes and times', () => {
  it('has positive totals with the compressed content smaller than the unpacked size', () => {
    for (const i of catalog) {
      const ls = layersOf(i);
      const size = ls.reduce((n, l) => n + l.size, 0);
      const compressed = ls.reduce((n, l) => n + l.compressedSize, 0);
      expect(size, i.tags[0]).toBeGreaterThan(0);
      expect(compressed, i.tags[0]).toBeGreaterThan(0);
      expect(compressed, i.tags[0]).toBeLessThan(size);
      for (const l of ls) expect(Number.isInteger(l.size) && Number.isInteger(l.compressedSize) && l.size >= 0, l.key).toBe(true);
    }
  });

  it('lands near the real images’ sizes (MB, unpacked)', () => {
    const mb = (repo: string, tag: string) => layersOf(image(repo, tag)).reduce((n, l) => n + l.size, 0) / 1e6;
    expect(mb('hello-world', 'latest')).toBeGreaterThan(0.01);
    expect(mb('hello-world', 'latest')).toBeLessThan(0.02);
    expect(mb('alpine', 'latest')).toBeCloseTo(8.4, 0);
    expect(mb('nginx', 'latest')).toBeGreaterThan(150);
    expect(mb('nginx', 'latest')).toBeLessThan(200);
    expect(mb('redis', 'latest')).toBeGreaterThan(130);
    expect(mb('redis', 'latest')).toBeLessThan(140);
    expect(mb('node', '24')).toBeGreaterThan(1050);
    expect(mb('node', '24')).toBeLessThan(1200);
    expect(mb('python', 'latest')).toBeGreaterThan(1000);
    expect(mb('python', 'latest')).toBeLessThan(1100);
  });

  it('counts fully bundled small layers by their content, as Docker does (python aliases are 36B)', () => {
    const aliases = layersOf(image('python', 'latest')).at(-1);
    expect(aliases?.size).toBe(36);
    expect(treeSize({ '/a': 'abc', '/b': { symlink: 'xy' }, '/c': { dir: true } })).toBe(5);
  });

  it('dates every step in RFC 3339 and never after the image it belongs to', () => {
    for (const i of catalog) {
      expect(i.created, i.tags[0]).toMatch(RFC3339);
      for (const t of stepTimes(i)) {
        expect(t, i.tags[0]).toMatch(RFC3339);
        expect(Date.parse(t), `${i.repository}:${i.tags[0]} step at ${t}`).toBeLessThanOrEqual(Date.parse(i.created));
      }
    }
  });

  it('orders each image’s own steps in time (base layers may be older)', () => {
    for (const i of catalog) {
      const times = stepTimes(i).map((t) => Date.parse(t));
      for (let k = 1; k < times.length; k++) expect(times[k]! >= times[k - 1]!, `${i.repository}:${i.tags[0]} step ${k}`).toBe(true);
    }
  });
});

describe('files', () => {
  it('uses absolute, normalized paths only', () => {
    for (const l of catalog.flatMap(layersOf)) {
      for (const path of Object.keys(l.files)) {
        expect(path.startsWith('/') && path !== '/' && !path.endsWith('/') && !path.includes('//'), `${l.key}: ${path}`).toBe(true);
        expect(
          path
            .split('/')
            .slice(1)
            .every((part) => part !== '.' && part !== '..'),
          `${l.key}: ${path}`,
        ).toBe(true);
      }
    }
  });

  it('puts every file under a directory that its layer or a lower one creates (tar readers need the parents)', () => {
    for (const i of catalog) {
      const merged = new Map<string, unknown>();
      for (const l of layersOf(i)) {
        for (const [path, spec] of Object.entries(l.files)) merged.set(path, spec);
        for (const path of Object.keys(l.files)) {
          const parts = path.split('/');
          for (let k = 2; k < parts.length; k++) {
            const parent = parts.slice(0, k).join('/');
            expect(merged.get(parent), `${l.key}: parent ${parent} of ${path}`).toMatchObject({ dir: true });
          }
        }
      }
    }
  });

  it('gives /tmp the sticky, world-writable mode wherever a base layer ships it', () => {
    for (const l of catalog.flatMap(layersOf)) {
      const tmp = l.files['/tmp'];
      if (tmp !== undefined) expect(tmp, l.key).toEqual({ dir: true, mode: 0o1777 });
    }
  });

  it('carries the distribution markers a learner cats', () => {
    // The topmost layer that has the path wins, as in the container's merged view.
    const file = (repo: string, tag: string, path: string) =>
      layersOf(image(repo, tag))
        .map((l) => l.files[path])
        .filter((f) => f !== undefined)
        .at(-1);
    expect(file('alpine', 'latest', '/etc/alpine-release')).toBe('3.23.0\n');
    expect(file('debian', 'trixie', '/usr/lib/os-release')).toContain('PRETTY_NAME="Debian GNU/Linux 13 (trixie)"');
    expect(file('debian', 'trixie', '/etc/os-release')).toEqual({ symlink: '../usr/lib/os-release' });
    expect(file('ubuntu', 'latest', '/usr/lib/os-release')).toContain('VERSION_CODENAME=resolute');
    expect(file('busybox', 'latest', '/bin/sh')).toEqual({ symlink: '/bin/busybox' });
    expect(file('nginx', 'latest', '/usr/share/nginx/html/index.html')).toContain('<title>Welcome to nginx!</title>');
    expect(file('nginx', 'latest', '/etc/passwd')).toContain('nginx:x:101:101:');
    expect(file('debian', 'trixie-slim', '/etc/passwd')).not.toContain('nginx');
  });
});

describe('config and runtime', () => {
  it('serves nginx on port 80 from the directory its index page is in', () => {
    const n = image('nginx', 'latest');
    expect(n.config).toMatchObject({
      Entrypoint: ['/docker-entrypoint.sh'],
      Cmd: ['nginx', '-g', 'daemon off;'],
      ExposedPorts: ['80/tcp'],
      StopSignal: 'SIGQUIT',
    });
    expect(n.runtime.kind).toBe('service');
    const http = n.runtime.http;
    expect(http).toEqual({ port: 80, root: '/usr/share/nginx/html', index: 'index.html' });
    const served = `${http?.root}/${http?.index}`;
    expect(layersOf(n).some((l) => served in l.files)).toBe(true);
    expect(n.runtime.writesOnStart?.['/run/nginx.pid']).toBe('1\n');
    expect(n.runtime.writesOnStart?.['/etc/nginx/conf.d/default.conf']).toContain('listen  [::]:80;');
    const logs = n.runtime.logsOnStart ?? [];
    const ready = logs.indexOf('/docker-entrypoint.sh: Configuration complete; ready for start up');
    expect(ready).toBeGreaterThan(0);
    expect(logs[ready + 1]).toBe(`${logTimeToken} [notice] 1#1: using the "epoll" event method`);
  });

  it('lists every empty step in the order a Dockerfile would run them (nginx)', () => {
    const names = image('nginx', 'latest').steps.map((s) => ('layer' in s ? 'LAYER' : s.empty.createdBy.split(' ')[0]));
    expect(names).toEqual([
      'LAYER',
      'LABEL',
      'ENV',
      'ENV',
      'ENV',
      'ENV',
      'ENV',
      'LAYER',
      'LAYER',
      'LAYER',
      'LAYER',
      'LAYER',
      'LAYER',
      'ENTRYPOINT',
      'EXPOSE',
      'STOPSIGNAL',
      'CMD',
    ]);
  });

  it('gives every image a PATH and the kind of main process the real one has', () => {
    const kinds = Object.fromEntries(catalog.map((i) => [`${i.repository.slice(8)}:${i.tags[0]}`, i.runtime.kind]));
    expect(kinds).toMatchObject({
      'hello-world:latest': 'exits',
      'busybox:1.37': 'shell',
      'alpine:3.23': 'shell',
      'debian:trixie': 'shell',
      'ubuntu:26.04': 'shell',
      'nginx:1.29': 'service',
      'redis:8.2': 'service',
      'node:24': 'shell',
      'python:3.14': 'shell',
    });
    for (const i of catalog)
      expect(
        i.config.Env.some((e) => e.startsWith('PATH=/')),
        i.repository,
      ).toBe(true);
    expect(image('redis', 'latest').runtime.logsOnStart?.at(-1)).toBe(`1:M ${redisLogTimeToken} * Ready to accept connections tcp`);
    expect(image('redis', 'latest').runtime.http).toBeUndefined();
  });

  it('prints hello-world’s fixed greeting between blank lines', () => {
    const lines = image('hello-world', 'latest').runtime.logsOnStart ?? [];
    expect(lines[0]).toBe('');
    expect(lines[1]).toBe('Hello from Docker!');
    expect(lines).toContain(' $ docker run -it ubuntu bash');
    expect(lines.at(-1)).toBe('');
  });

  it('keeps REPL banners for node and python only', () => {
    expect(interactiveBanners.get(image('node', '24'))?.[0]).toBe('Welcome to Node.js v24.11.1.');
    expect(interactiveBanners.get(image('python', '3.14'))?.[0]).toMatch(/^Python 3\.14\.1 \(main, /);
    expect(interactiveBanners.has(image('nginx', 'latest'))).toBe(false);
  });
});

describe('renderLogTime', () => {
  const at = Date.UTC(2026, 10, 27, 4, 5, 6, 7);
  it('fills the nginx and redis time formats in UTC', () => {
    expect(renderLogTime(`${logTimeToken} [notice] 1#1: start worker processes`, at)).toBe(
      '2026/11/27 04:05:06 [notice] 1#1: start worker processes',
    );
    expect(renderLogTime(`1:M ${redisLogTimeToken} * Server initialized`, at)).toBe('1:M 27 Nov 2026 04:05:06.007 * Server initialized');
  });
  it('leaves lines without a token alone', () => {
    expect(renderLogTime('/docker-entrypoint.sh: Configuration complete; ready for start up', at)).toBe(
      '/docker-entrypoint.sh: Configuration complete; ready for start up',
    );
  });
});

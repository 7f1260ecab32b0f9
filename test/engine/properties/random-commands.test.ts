// Property tests over random command sequences (fast-check): execute never throws and its ordered
// output is its two streams; image digests
// never change; containers stay isolated (also through cp and rename); ps -a and images agree with
// the state.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

const names = ['web', 'api', 'db1'];
const images = ['nginx', 'alpine', 'redis:8.2', 'busybox'];
const command = fc.oneof(
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom(...images), fc.boolean())
    .map(([n, i, d]) => `docker run ${d ? '-d ' : ''}--name ${n} ${i}`),
  fc
    .tuple(fc.constantFrom('stop', 'start', 'kill', 'pause', 'unpause', 'rm', 'rm -f', 'restart'), fc.constantFrom(...names))
    .map(([c, n]) => `docker ${c} ${n}`),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('/tmp/f', '/etc/hostname', '/usr/share/nginx/html/index.html'))
    .map(([n, p]) => `docker exec ${n} sh -c 'echo ${n} > ${p}'`),
  fc.tuple(fc.constantFrom(...names), fc.constantFrom('/tmp', '/etc/hostname', '/bin/ls')).map(([n, p]) => `docker exec ${n} rm -rf ${p}`),
  fc.constantFrom(...images).map((i) => `docker rmi ${i}`),
  fc.constantFrom(...names).map((n) => `docker commit ${n} snap-${n}`),
  fc
    .tuple(fc.constantFrom('top', 'port', 'rename'), fc.constantFrom(...names))
    .map(([c, n]) => `docker ${c} ${n}${c === 'rename' ? ` ${n}-renamed` : ''}`),
  fc.constantFrom(...names).map((n) => `docker cp index.html ${n}:/tmp/`),
  fc
    .tuple(fc.constantFrom(...names), fc.constantFrom('/etc/hostname', '/tmp', '/usr/share/nginx/html'))
    .map(([n, p]) => `docker cp ${n}:${p} ./from-${n}`),
  fc.constantFrom('docker ps', 'docker ps -a', 'docker images', 'docker images -a', 'docker container prune -f', 'docker image prune -f'),
  fc.string({ maxLength: 40 }),
);

describe('random command sequences', () => {
  it('never throw, never change a pulled image, keep containers isolated, and agree with ps/images', () => {
    fc.assert(
      fc.property(fc.array(command, { maxLength: 25 }), (lines) => {
        const { host, run } = testHost();
        const digests = new Map<string, string>();
        for (const line of lines) {
          const r = host.execute(line);
          // An exit status a shell can hold, and the ordered writes are exactly the two streams.
          expect(Number.isInteger(r.exitCode) && r.exitCode >= 0 && r.exitCode <= 255).toBe(true);
          for (const stream of ['stdout', 'stderr'] as const)
            expect(
              r.output
                .filter((c) => c.stream === stream)
                .map((c) => c.text)
                .join(''),
            ).toBe(r[stream]);
          expect(r.stderr.startsWith('simulator error')).toBe(false);
          for (const image of host.snapshot().images) {
            const docs = host.inspectOci(image.id);
            const key = image.id;
            const value = docs.config + docs.manifest;
            if (digests.has(key)) expect(digests.get(key)).toBe(value);
            else digests.set(key, value);
          }
        }
        const snap = host.snapshot();
        // isolation: a container only ever sees its own name written by exec
        for (const c of snap.containers) {
          const text = host.readFile(c.name, '/tmp/f');
          if (text !== undefined) expect(text).toBe(`${c.name.replace(/-renamed$/, '')}\n`);
        }
        const psIds = run('docker ps -a -q --no-trunc').stdout.split('\n').filter(Boolean).sort();
        expect(psIds).toEqual(snap.containers.map((c) => c.id).sort());
        const running = run('docker ps -q --no-trunc').stdout.split('\n').filter(Boolean).sort();
        expect(running).toEqual(
          snap.containers
            .filter((c) => c.state === 'running' || c.state === 'paused')
            .map((c) => c.id)
            .sort(),
        );
        const imageIds = new Set(run('docker images -a -q --no-trunc').stdout.split('\n').filter(Boolean));
        expect(imageIds).toEqual(new Set(snap.images.map((i) => i.id)));
      }),
      { numRuns: 60, seed: 20261127 },
    );
  });
});

// The build cache behind the daemon's methods (daemon/build-cache.ts through Daemon.reuseBuildStep,
// rememberBuildStep, buildCacheRecords, pruneBuildCache): BuildKit's solver changes it only
// through them, each change bumps the host's version, and a hit counts as a use.
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../engine/daemon/daemon';
import { createLayer } from '../../../engine/model/layer';
import { Random } from '../../../engine/model/random';

describe('Daemon: build cache', () => {
  it('remembers a step, reuses it (counting the use), lists one record per layer made, and prunes them all', () => {
    let now = Date.UTC(2026, 10, 27);
    const daemon = new Daemon(1, () => now);
    const layer = createLayer(new Map([['/app.txt', { type: 'file', content: 'hello\n', mode: 0o644 }]]));
    expect(daemon.reuseBuildStep('k1')).toBeUndefined();
    const v0 = daemon.version;
    daemon.rememberBuildStep('k1', { key: 'k1', layers: [layer] });
    daemon.rememberBuildStep('k0', { key: 'k0', layers: [] });
    expect(daemon.version).toBe(v0 + 2);
    now += 60_000;
    expect(daemon.reuseBuildStep('k1')).toEqual({ key: 'k1', layers: [layer] });
    expect(daemon.version).toBe(v0 + 3);
    const [record] = daemon.buildCacheRecords();
    expect(daemon.buildCacheRecords()).toHaveLength(1);
    expect(record).toMatchObject({ size: layer.size, created: now - 60_000, lastUsed: now, usageCount: 2 });
    expect(record!.id).toMatch(/^[0-9a-z]{25}$/);
    expect(daemon.pruneBuildCache()).toEqual([record]);
    expect(daemon.buildCacheRecords()).toEqual([]);
    expect(daemon.reuseBuildStep('k1')).toBeUndefined();
  });

  it("draws a build's invocation ID from the host's seeded random stream", () => {
    const daemon = new Daemon(7, () => 0);
    expect(daemon.buildInvocationId()).toBe(new Random(7).hex64().slice(0, 25));
    expect(daemon.buildInvocationId()).not.toBe(daemon.buildInvocationId());
  });
});

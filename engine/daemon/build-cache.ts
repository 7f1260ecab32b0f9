// The build cache (BuildKit's): a step's key chains the previous state's key with the instruction
// (plus, for COPY/ADD, a checksum of the copied files' paths and contents; mtimes never count). A
// hit hands back the state that step produced before; the first miss means every later key is new
// too, so everything after it is rebuilt. The daemon owns one per host.
import type { Image } from '../model/image';
import type { Layer } from '../model/layer';

/** What a cached step produced, as far as the cache needs to know (the builder's stage state). */
export interface CachedStep {
  /** The step's own key: the cache keys the state by it. */
  key: string;
  layers: readonly Layer[];
  /** The image the stage started FROM, whose layers are not the cache's. */
  baseId?: string;
}

/** One BuildKit cache record: a layer a build step made (metadata steps and FROM's layers make none). */
export interface CacheRecord {
  /** 25 characters of base 36, the shape of BuildKit's record IDs, derived from the layer digest. */
  id: string;
  size: number;
  created: number;
  lastUsed: number;
  usageCount: number;
}

export class BuildCache {
  /** key → the step's result and when it was made and used (BuildKit's CreatedAt, LastUsedAt, UsageCount). */
  readonly #steps = new Map<string, { result: CachedStep; created: number; lastUsed: number; count: number }>();

  constructor(private readonly now: () => number) {}

  lookup<T extends CachedStep>(key: string): T | undefined {
    const hit = this.#steps.get(key);
    if (!hit) return undefined;
    hit.lastUsed = this.now();
    hit.count++;
    return hit.result as T;
  }

  remember(key: string, result: CachedStep): void {
    this.#steps.set(key, { result, created: this.now(), lastUsed: this.now(), count: 1 });
  }

  /** The records `docker system df` and `builder prune` show: one per layer a step made. */
  records(images: ReadonlyMap<string, Image>): CacheRecord[] {
    const records = new Map<string, CacheRecord>();
    for (const { result, created, lastUsed, count } of this.#steps.values()) {
      const layer = result.layers[result.layers.length - 1];
      if (!layer || records.has(layer.digest)) continue;
      const base = result.baseId ? images.get(result.baseId) : undefined;
      if (base?.layers.some((l) => l.digest === layer.digest)) continue;
      const id = BigInt(`0x${layer.digest.slice(7, 47)}`)
        .toString(36)
        .padStart(25, '0')
        .slice(0, 25);
      records.set(layer.digest, { id, size: layer.size, created, lastUsed, usageCount: count });
    }
    return [...records.values()];
  }

  clear(): void {
    this.#steps.clear();
  }
}

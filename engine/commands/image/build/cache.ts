// The build cache (docker-facts §7): a step's key chains the previous state's key with the
// instruction (plus, for COPY/ADD, a checksum of the copied files' paths and contents; mtimes
// never count). A hit hands back the state that step produced before; the first miss means
// every later key is new too, so everything after it is rebuilt.
import { digestOf } from '../../../model/digest';
import type { HostState } from '../../../host-state';
import type { StageState } from './stage';

/** Step results per host. The host's `buildCache` holds the keys (so a prune of it empties this too). */
const results = new WeakMap<HostState, Map<string, StageState>>();
/** When each key was made and used (BuildKit's CreatedAt, LastUsedAt, UsageCount). */
const usage = new WeakMap<HostState, Map<string, { created: number; lastUsed: number; count: number }>>();

export function stepKey(parentKey: string, instruction: string, extra = ''): string {
  return digestOf(`${parentKey}\n${instruction}${extra ? `\n${extra}` : ''}`).slice('sha256:'.length);
}

export function lookup(state: HostState, key: string): StageState | undefined {
  if (!state.buildCache.has(key)) return undefined;
  const hit = results.get(state)?.get(key);
  const use = usage.get(state)?.get(key);
  if (hit && use) {
    use.lastUsed = state.now();
    use.count++;
  }
  return hit;
}

export function remember(state: HostState, key: string, result: StageState): void {
  let map = results.get(state);
  if (!map) results.set(state, (map = new Map()));
  map.set(key, result);
  state.buildCache.set(key, `sha256:${result.key}`);
  let uses = usage.get(state);
  if (!uses) usage.set(state, (uses = new Map()));
  uses.set(key, { created: state.now(), lastUsed: state.now(), count: 1 });
}

/** Every cached step result of a host (for `docker system df`'s Build Cache row, if wired up). */
export function cachedSteps(state: HostState): StageState[] {
  const map = results.get(state);
  return map ? [...state.buildCache.keys()].flatMap((k) => map.get(k) ?? []) : [];
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

export function cacheRecords(state: HostState): CacheRecord[] {
  const map = results.get(state);
  const uses = usage.get(state);
  if (!map || !uses) return [];
  const records = new Map<string, CacheRecord>();
  for (const key of state.buildCache.keys()) {
    const result = map.get(key);
    const use = uses.get(key);
    const layer = result?.layers[result.layers.length - 1];
    if (!result || !use || !layer || records.has(layer.digest)) continue;
    const base = result.baseId ? state.images.get(result.baseId) : undefined;
    if (base?.layers.some((l) => l.digest === layer.digest)) continue;
    const id = BigInt(`0x${layer.digest.slice(7, 47)}`).toString(36).padStart(25, '0').slice(0, 25);
    records.set(layer.digest, { id, size: layer.size, created: use.created, lastUsed: use.lastUsed, usageCount: use.count });
  }
  return [...records.values()];
}

/** `docker builder prune`: every record goes (none is in use between builds); returns what went. */
export function pruneCache(state: HostState): CacheRecord[] {
  const gone = cacheRecords(state);
  state.buildCache.clear();
  results.delete(state);
  usage.delete(state);
  return gone;
}

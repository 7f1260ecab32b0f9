// The build cache (docker-facts §7): a step's key chains the previous state's key with the
// instruction (plus, for COPY/ADD, a checksum of the copied files' paths and contents; mtimes
// never count). A hit hands back the state that step produced before; the first miss means
// every later key is new too, so everything after it is rebuilt.
import { digestOf } from '../../../model/digest';
import type { HostState } from '../../../host-state';
import type { StageState } from './stage';

/** Step results per host. The host's `buildCache` holds the keys (so a prune of it empties this too). */
const results = new WeakMap<HostState, Map<string, StageState>>();

export function stepKey(parentKey: string, instruction: string, extra = ''): string {
  return digestOf(`${parentKey}\n${instruction}${extra ? `\n${extra}` : ''}`).slice('sha256:'.length);
}

export function lookup(state: HostState, key: string): StageState | undefined {
  if (!state.buildCache.has(key)) return undefined;
  return results.get(state)?.get(key);
}

export function remember(state: HostState, key: string, result: StageState): void {
  let map = results.get(state);
  if (!map) results.set(state, (map = new Map()));
  map.set(key, result);
  state.buildCache.set(key, `sha256:${result.key}`);
}

/** Every cached step result of a host (for `docker system df`'s Build Cache row, if wired up). */
export function cachedSteps(state: HostState): StageState[] {
  const map = results.get(state);
  return map ? [...state.buildCache.keys()].flatMap((k) => map.get(k) ?? []) : [];
}

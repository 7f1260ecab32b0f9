// A fresh host on a fixed clock for transcript tests: 2026-11-27 10:00 UTC, then as set.
import { createHost, type Host } from '../../engine/index';

export const T0 = Date.UTC(2026, 10, 27, 10, 0, 0);

export function testHost(seed = 1): { host: Host; advance: (ms: number) => void; run: (line: string) => ReturnType<Host['execute']> } {
  let now = T0;
  const host = createHost({ seed, now: () => now });
  return { host, advance: (ms) => (now += ms), run: (line) => host.execute(line) };
}

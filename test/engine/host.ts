// A fresh host on a fixed clock for transcript tests: 2026-11-27 10:00 UTC, then as set.
import { createHost, type ExecResult, type Host } from '../../engine/index';

export const T0 = Date.UTC(2026, 10, 27, 10, 0, 0);

/** The two streams and the exit code: what the transcript tests compare whole. */
export type Streams = Pick<ExecResult, 'stdout' | 'stderr' | 'exitCode'>;

export function streams({ stdout, stderr, exitCode }: ExecResult): Streams {
  return { stdout, stderr, exitCode };
}

export function testHost(seed = 1): { host: Host; advance: (ms: number) => void; run: (line: string) => Streams } {
  let now = T0;
  const host = createHost({ seed, now: () => now });
  return { host, advance: (ms) => (now += ms), run: (line) => streams(host.execute(line)) };
}

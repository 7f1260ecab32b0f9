// The host a shell session runs on. For an exercise it is the checks' host: same seed, and the
// same simulated clock (a second per command) while replaying, so IDs and "Up 3 seconds" match
// what `npm test` saw; after the replay the clock follows the wall clock from there.
import { createHost, type Host } from '../../engine/index';
import { SEED, START, STEP_MS } from '../../exercises/support/commands';

export interface SessionHost {
  host: Host;
  /** Call after each replayed command: the simulated clock moves one step. */
  step(): void;
  /** Call when the replay is over: from now on the clock follows real time. */
  live(): void;
}

export function exerciseHost(): SessionHost {
  let replayed = START;
  let liveSince: number | undefined;
  const now = (): number => (liveSince === undefined ? replayed : replayed + (Date.now() - liveSince));
  return {
    host: createHost({ seed: SEED, now }),
    step: () => {
      replayed += STEP_MS;
    },
    live: () => {
      liveSince ??= Date.now();
    },
  };
}

/** A fresh host on the wall clock. */
export function freshHost(): SessionHost {
  return { host: createHost({ now: () => Date.now() }), step: () => {}, live: () => {} };
}

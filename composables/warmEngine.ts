// The engine makes each bundled image the first time one is pulled: real tar layers, gzipped and
// hashed with sha256, then kept for every host of the page. For nginx, the image of every demo,
// that is a few hundred milliseconds in a fresh window, and a fresh window also mounts every slide
// a few seconds after it opens (Slidev preloads them all), each demo replaying its setup then: if
// the image is not made yet, that mount, and any click waiting behind it, pays for it at once.
//
// So a window makes the image beforehand, while it is idle, in steps small enough that a click
// arriving meanwhile waits at most one step: first the engine's code itself (its first run
// compiles), then a tiny image (the tar, gzip and sha256 code gets compiled on little data), then
// nginx's Debian base layer, then nginx's own layers. What is made is the same whenever it is
// made: the engine is deterministic.

import { createHost } from '../engine/index';

/** Each step is one line on a throwaway host; the images it makes stay for every later host. */
export const WARM_STEPS: readonly string[] = [
  'docker --version',
  'docker pull hello-world',
  'docker pull debian:trixie-slim',
  'docker pull nginx',
];

/** Runs `task` when the page is idle (or after `timeoutMs` at the latest). */
export type Scheduler = (task: () => void, timeoutMs: number) => void;

export function idleScheduler(): Scheduler {
  return (task, timeoutMs) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => task(), { timeout: timeoutMs });
    else setTimeout(task, 0);
  };
}

/** Warms the engine one step per idle period (at most `timeoutMs` apart); resolves when done. */
export function warmEngine(schedule: Scheduler = idleScheduler(), timeoutMs = 500): Promise<void> {
  const host = createHost({ seed: 1 });
  return new Promise((done) => {
    const step = (index: number) => {
      if (index >= WARM_STEPS.length) {
        done();
        return;
      }
      schedule(() => {
        host.execute(WARM_STEPS[index]!);
        step(index + 1);
      }, timeoutMs);
    };
    step(0);
  });
}

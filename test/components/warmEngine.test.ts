import { describe, expect, it } from 'vitest';
import { createHost } from '../../engine/index';
import { WARM_STEPS, warmEngine } from '../../composables/warmEngine';

describe('warmEngine', () => {
  it('runs one step per idle period, never two in one', async () => {
    const pending: (() => void)[] = [];
    let resolved = false;
    const done = warmEngine((task) => pending.push(task)).then(() => (resolved = true));
    const ran: number[] = [];
    while (pending.length > 0) {
      // Exactly one step waits for the next idle period at any time.
      expect(pending).toHaveLength(1);
      pending.shift()!();
      ran.push(ran.length);
    }
    await done;
    expect(resolved).toBe(true);
    expect(ran).toHaveLength(WARM_STEPS.length);
  });

  it('warms with lines that work on a fresh host, ending with the image of the demos', () => {
    const host = createHost({ seed: 1 });
    expect(WARM_STEPS.map((line) => [line, host.execute(line).exitCode])).toEqual(WARM_STEPS.map((line) => [line, 0]));
    expect(WARM_STEPS.at(-1)).toBe('docker pull nginx');
    expect(
      host
        .snapshot()
        .images.map((i) => i.repoTags)
        .flat()
        .sort(),
    ).toEqual(['debian:trixie-slim', 'hello-world:latest', 'nginx:latest']);
  });
});

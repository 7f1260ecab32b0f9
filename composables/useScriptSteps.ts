// How many script lines have run, from the slide's clicks: the terminal takes one click per
// line in Slidev's click system, so presenter, audience and `--with-clicks` exports agree
// without timers. Print mode without clicks shows the final state.

import type { ClicksContext } from '@slidev/types';
import { computed, onMounted, onUnmounted, ref, type ComputedRef } from 'vue';

let nextId = 0;

export interface ScriptStepOptions {
  /** Slidev's `at` for the first line ('+1' = the next click, as v-click does). */
  at?: string | number;
  /** True in print mode without clicks: everything has run. */
  showAll: () => boolean;
}

export function useScriptSteps(
  clicks: ClicksContext | undefined,
  lineCount: () => number,
  options: ScriptStepOptions,
): ComputedRef<number> {
  const id = `docker-terminal-${nextId++}`;
  // The click at which line 1 runs; known once registered (Slidev counts clicks at mount).
  const start = ref<number | null>(null);

  onMounted(() => {
    const count = lineCount();
    if (!clicks || count === 0) return;
    // `count` clicks: line 1 at `start`, line n at start + n - 1.
    const info = clicks.calculateSince(options.at ?? '+1', count);
    if (!info) return;
    clicks.register(id, info);
    start.value = info.start;
  });
  onUnmounted(() => clicks?.unregister(id));

  return computed(() => {
    const count = lineCount();
    if (options.showAll() || !clicks) return count;
    if (start.value === null) return 0;
    return Math.max(0, Math.min(count, clicks.current - start.value + 1));
  });
}

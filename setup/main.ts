// Slidev app setup: warm the simulated Docker engine up when the browser is idle (see
// composables/warmEngine.ts), never on the way of the first slide's rendering.
import { defineAppSetup } from '@slidev/types';

export default defineAppSetup(() => {
  if (typeof window === 'undefined') return;
  const warm = () => void import('../composables/warmEngine').then((m) => m.warmEngine());
  if ('requestIdleCallback' in window) window.requestIdleCallback(warm, { timeout: 4000 });
  else setTimeout(warm, 1500);
});

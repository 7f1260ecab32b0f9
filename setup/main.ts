// Slidev app setup: warm the simulated Docker engine up in idle moments, one small step at a time
// (composables/warmEngine.ts), never in the way of the first slide or of a click.
import { defineAppSetup } from '@slidev/types';

export default defineAppSetup(() => {
  if (typeof window === 'undefined') return;
  void import('../composables/warmEngine').then(({ warmEngine }) => warmEngine());
});

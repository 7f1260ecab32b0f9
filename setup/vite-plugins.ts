// Vite plugins for the demos. The engine's dependencies are imported only once a demo slide
// loads; left to discovery, Vite's dev server would pre-bundle them then and reload every open
// window (presenter and audience) in the middle of the talk. Listing them avoids that.
import { defineVitePluginsSetup } from '@slidev/types';
import { isWholeValueServerRef, keepLocalWrites } from './serverRefWrites';
import { warmSlidesPlugin } from './warmSlides';

// The lifecycle diagram's layout library (composables/lifecycleGraph.ts) is one of them too.
const ENGINE_DEPENDENCIES = ['fflate', 'nanotar', 'shell-quote', '@noble/hashes/sha2.js', '@noble/hashes/utils.js', '@dagrejs/dagre'];

export default defineVitePluginsSetup((options) => [
  {
    name: 'docker-demos:engine-dependencies',
    config: () => ({
      optimizeDeps: { include: ENGINE_DEPENDENCIES },
      // The component tests and benchmark keep their own optimizer cache, so a dev server
      // running beside them (sharing node_modules/.vite) cannot make their pages reload.
      ...(process.env.DOCKER_DEMOS_VITE_CACHE ? { cacheDir: process.env.DOCKER_DEMOS_VITE_CACHE } : {}),
    }),
  },
  {
    // A write relayed from another window must not cancel this window's own unsent one.
    name: 'docker-demos:server-ref-keeps-local-writes',
    enforce: 'post',
    transform: (code: string, id: string) => (isWholeValueServerRef(id) ? keepLocalWrites(code, id) : undefined),
  },
  // Every slide compiled as the dev server starts, before the first windows ask for them.
  warmSlidesPlugin(() => options.data.slides.length),
]);

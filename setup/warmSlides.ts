// The dev server compiles a module the first time a window asks for it, and a fresh window asks for
// every slide a few seconds after it opens (Slidev preloads them all): on a fresh `npm run dev` the
// first windows then wait for Vue, TypeScript and UnoCSS to compile the whole deck while the speaker
// is already clicking. Vite's `server.warmup` takes files on disk only, and Slidev's slides are
// virtual modules (`/@slidev/slides/N/md`, dynamically imported): this plugin asks for each one as
// soon as the server listens, one at a time, and Vite compiles its static imports (components,
// composables, the engine) with it. Nothing waits for it: a window's own request joins the one in
// flight.
import type { Plugin, ViteDevServer } from 'vite';

/** The virtual module of slide `no` (Slidev's VIRTUAL_SLIDE_PREFIX, node/virtual/slides.ts). */
export const slideModule = (no: number): string => `/@slidev/slides/${no}/md`;

/** Compiles slides 1 … `count` in order; `warm` is the dev server's warmupRequest. */
export async function warmSlides(count: number, warm: (url: string) => Promise<void>): Promise<void> {
  for (let no = 1; no <= count; no++) await warm(slideModule(no));
}

export function warmSlidesPlugin(slideCount: () => number): Plugin {
  return {
    name: 'docker-demos:warm-slides',
    apply: 'serve',
    configureServer(server: ViteDevServer) {
      server.httpServer?.once('listening', () => {
        const started = Date.now();
        const count = slideCount();
        // warmupRequest never rejects (Vite logs a failed transform itself).
        // Printed whatever --log says (Slidev's default hides Vite's info lines).
        void warmSlides(count, (url) => server.warmupRequest(url)).then(() =>
          console.log(`  ${count} slides compiled in ${((Date.now() - started) / 1000).toFixed(1)} s`),
        );
      });
    },
  };
}

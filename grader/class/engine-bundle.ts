// The pristine kit's simulated host as one module, for the class re-grade. Every submission is
// graded on a fresh worker (learner code taints a worker: see regrade.ts), and each fresh worker
// used to import the engine's ~170 TypeScript modules one by one through the loader hooks (tsx
// and the import guard, one cross-thread round trip per resolve and load): about 1.1 s of CPU per
// submission, a third of its cost. Bundled once per re-grade (esbuild, which tsx already ships),
// the same code loads in about 0.1 s.
//
// Only `engine/index.ts` is rewritten: it is the engine's one runtime entry (the exercises'
// support files import `../../engine/index`; deeper engine paths are imported for types only,
// which are erased). Packages stay external, so a check and the engine share one copy of each.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type * as Esbuild from 'esbuild';

/** esbuild as tsx depends on it (the kit does not list it itself; tsx always brings it). */
function esbuild(): typeof Esbuild {
  const fromTsx = createRequire(createRequire(import.meta.url).resolve('tsx/package.json'));
  return fromTsx('esbuild') as typeof Esbuild;
}

export const BUNDLE_FILE = 'index.bundle.mjs';

/** Bundles `<kit>/engine/index.ts` into `engine/index.bundle.mjs` and makes index.ts re-export it. */
export function bundleEngine(kit: string): void {
  const engine = join(kit, 'engine');
  esbuild().buildSync({
    entryPoints: [join(engine, 'index.ts')],
    outfile: join(engine, BUNDLE_FILE),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    // Names kept: error messages and class names the checks compare stay as in the sources.
    keepNames: true,
    logLevel: 'silent',
  });
  writeFileSync(
    join(engine, 'index.ts'),
    `// Written by grader/class/engine-bundle.ts: the engine bundled into one module for this re-grade.\nexport * from './${BUNDLE_FILE}';\n`,
  );
}

// Builds the deck once for every browser test file: the static site served under a sub-path (what
// a host like GitHub Pages does), with the PDF that its download button serves. A root-base build
// is reused from DECK_ROOT_SITE (e.g. `dist` after `npm run build`) or built here.
import { spawnSync } from 'node:child_process';
import { existsSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { exportFilename } from '../../scripts/lib/run-slidev.mjs';

export interface BuiltSite {
  /** Folder holding index.html. */
  dir: string;
  /** The base the site was built for; always starts and ends with "/". */
  base: string;
  /** The PDF served by the site's download button. */
  pdf: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sites: BuiltSite[];
    /** Extra PDFs to check, e.g. the output of `npm run export` (DECK_PDF). */
    extraPdfs: string[];
    /** The deck's entry file: slides.md, or DECK_DIR/slides.md when checking another deck. */
    entry: string;
  }
}

const root = resolve(import.meta.dirname, '../..');
export const SUB_PATH = '/kit/deck/';

// DECK_DIR lets the same checks run on another deck (a fixture while developing them).
const deckDir = process.env.DECK_DIR ? resolve(process.env.DECK_DIR) : root;

function build(outDir: string, base: string): void {
  // While developing the checks themselves: DECK_REUSE_BUILD=1 keeps an earlier build.
  if (process.env.DECK_REUSE_BUILD === '1' && existsSync(join(outDir, 'index.html'))) return;
  rmSync(outDir, { recursive: true, force: true });
  console.log(`[deck] building ${base} into ${outDir} …`);
  const run = spawnSync(process.execPath, [join(root, 'scripts/build.mjs'), '--base', base, '--out', outDir], {
    cwd: deckDir,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (run.status !== 0) {
    throw new Error(`Deck build for base ${base} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  }
}

export default function setup(project: TestProject): void {
  const entry = join(deckDir, 'slides.md');
  const pdfName = `${exportFilename(entry)}.pdf`;
  const subDir = join(root, 'reports/deck-site/sub');
  build(subDir, SUB_PATH);

  let rootDir = process.env.DECK_ROOT_SITE ? resolve(root, process.env.DECK_ROOT_SITE) : '';
  if (!rootDir || !existsSync(join(rootDir, 'index.html'))) {
    rootDir = join(root, 'reports/deck-site/root');
    build(rootDir, '/');
  }

  project.provide('sites', [
    { dir: rootDir, base: '/', pdf: join(rootDir, pdfName) },
    { dir: subDir, base: SUB_PATH, pdf: join(subDir, pdfName) },
  ]);
  project.provide('entry', entry);
  project.provide('extraPdfs', process.env.DECK_PDF ? [resolve(root, process.env.DECK_PDF)] : []);
}

// Export time of the real deck vs a plain-text deck with the same number of slides, on this
// machine, through the same `npm run export` script (system Chromium, outline on). Target: the
// real deck within 1.5× of the plain one. Run: npx tsx bench/export.bench.ts  (BENCH_RUNS=n)
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { findChrome } from '../scripts/lib/find-chrome.mjs';
import { deckSlides } from './lib/deck';

const root = resolve(import.meta.dirname, '..');
const work = join(root, 'reports/bench-export');
const TARGET_RATIO = 1.5;

/** A deck of `count` slides of plain text: a title and three lines, no component, no code. */
export function plainDeck(count: number): string {
  const head = ['---', 'theme: default', 'title: Plain deck', 'fonts:', '  provider: none', 'transition: none', '---', ''];
  const slides = Array.from({ length: count }, (_, i) =>
    [`# Plain slide ${i + 1}`, '', `Line one of slide ${i + 1}.`, '', '- a point', '- another point', ''].join('\n'),
  );
  return head.join('\n') + slides.join('\n---\n\n');
}

/** Seconds one `scripts/export.mjs` run takes on the deck in `dir`. */
function timeExport(dir: string, output: string): number {
  rmSync(output, { force: true });
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'scripts/export.mjs'), '--output', output], {
    cwd: dir,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const seconds = (performance.now() - start) / 1000;
  if (run.status !== 0) throw new Error(`export in ${dir} failed (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
  return seconds;
}

export function runExportBench(runs = Number(process.env.BENCH_RUNS ?? '2')) {
  return deckSlides().then((slides) => {
    const plainDir = join(work, 'plain-deck');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(plainDir, { recursive: true });
    // Its own package.json: Vite keeps a separate dependency cache for this deck.
    writeFileSync(join(plainDir, 'package.json'), '{ "name": "plain-deck", "private": true, "type": "module" }\n');
    writeFileSync(join(plainDir, 'slides.md'), plainDeck(slides.length));

    const real: number[] = [];
    const plain: number[] = [];
    for (let i = 0; i < runs; i++) {
      real.push(timeExport(root, join(work, 'real.pdf')));
      plain.push(timeExport(plainDir, join(work, 'plain.pdf')));
    }
    const best = (xs: number[]): number => Math.min(...xs);
    const ratio = best(real) / best(plain);
    return { slides: slides.length, runs, real, plain, ratio, target: TARGET_RATIO, ok: ratio <= TARGET_RATIO };
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const chrome = findChrome();
  if ('error' in chrome) {
    console.log(`export benchmark SKIPPED: ${chrome.error} (it prints the PDF with Chrome/Chromium; see docs/export.md)`);
    process.exit(0);
  }
  const r = await runExportBench();
  const fmt = (xs: number[]): string => xs.map((x) => `${x.toFixed(1)} s`).join(', ');
  console.log(`export benchmark: ${r.slides} slides, ${r.runs} run(s) each, best run compared`);
  console.log(`  real deck   ${fmt(r.real)}`);
  console.log(`  plain deck  ${fmt(r.plain)}`);
  console.log(`  ratio ${r.ratio.toFixed(2)}× (target ≤ ${r.target}×): ${r.ok ? 'OK' : 'OVER TARGET'}`);
}

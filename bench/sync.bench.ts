// Presenter → audience in Chromium: how long a line typed in the presenter view takes to show in
// the audience window, and how long a click of navigation takes to move it, in the dev server
// (`npm run dev`) and in the static build (`npm run build`, served as files). Lines or clicks that
// never arrive are counted as lost. The harness deck (test/components/harness/deck.md) is built
// into a temporary folder for the static case.
// Run: `npm run bench -- sync` (or `node --import tsx bench/sync.bench.ts`).

import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium';
import { serveDir } from '../scripts/lib/static-server';
import { nextClick, openSlide, prevClick, prompt, terminal } from '../scripts/lib/deck-page';
import { HARNESS_DECK, ROOT, startSlidev } from '../scripts/lib/slidev-server';

const ROUNDS = Number(process.env.SYNC_BENCH_ROUNDS ?? 12);
/** Longer than this and a line or a click counts as lost. */
const LOST_MS = 3000;
const PRESENTER_MAIN = '.slidev-presenter .grid-section.main';

/** In the audience window, wall-clock ms when `line` first shows, or null when it never does. */
const WATCH = `
window.__seenLine = (line, limit) => new Promise((resolve) => {
  const count = () => [...document.querySelectorAll('.docker-terminal[data-host="live"] .command')].filter((el) => el.textContent.endsWith(line)).length;
  const before = count();
  const observer = new MutationObserver(() => { if (count() > before) { observer.disconnect(); resolve(Date.now()); } });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  setTimeout(() => { observer.disconnect(); resolve(null); }, limit);
});
window.__seenPath = (path, limit) => new Promise((resolve) => {
  const start = Date.now();
  const check = () => {
    if (location.pathname.endsWith(path)) resolve(Date.now());
    else if (Date.now() - start > limit) resolve(null);
    else requestAnimationFrame(check);
  };
  check();
});`;

interface Figures {
  lines: number[];
  linesLost: number;
  clicks: number[];
  clicksLost: number;
}

async function measure(presenter: Page, audience: Page, base: string): Promise<Figures> {
  const term = terminal(presenter, 'live', PRESENTER_MAIN);
  await Promise.all([term.waitFor(), terminal(audience, 'live').waitFor()]);
  await audience.evaluate(WATCH);
  const figures: Figures = { lines: [], linesLost: 0, clicks: [], clicksLost: 0 };
  const record = (kind: 'lines' | 'clicks', seen: number | null, sent: number) => {
    if (seen === null) figures[kind === 'lines' ? 'linesLost' : 'clicksLost']++;
    else figures[kind].push(seen - sent);
  };
  for (let round = 0; round < ROUNDS; round++) {
    const line = `docker ps --filter name=round-${round}`;
    await prompt(term).fill(line);
    const seenLine = audience.evaluate(`window.__seenLine(${JSON.stringify(line)}, ${LOST_MS})`) as Promise<number | null>;
    const sentLine = Date.now();
    await prompt(term).press('Enter');
    record('lines', await seenLine, sentLine);
    // One click on and one back: the audience must follow both.
    for (const [move, path] of [
      [nextClick, `${base}4`],
      [prevClick, `${base}3`],
    ] as const) {
      const seenPath = audience.evaluate(`window.__seenPath(${JSON.stringify(path)}, ${LOST_MS})`) as Promise<number | null>;
      const sent = Date.now();
      await move(presenter);
      record('clicks', await seenPath, sent);
      await presenter
        .locator(`${PRESENTER_MAIN} .docker-terminal[data-host="live"]`)
        .locator('visible=true')
        .first()
        .waitFor({ timeout: 10_000 })
        .catch(() => {});
    }
    await terminal(presenter, 'live', PRESENTER_MAIN).waitFor();
  }
  return figures;
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

function report(title: string, f: Figures, errors: string[]): void {
  const row = (values: number[], lost: number) =>
    values.length === 0
      ? `none arrived, ${lost} lost`
      : `p50 ${percentile(values, 50)} ms, p95 ${percentile(values, 95)} ms, max ${Math.max(...values)} ms, ${lost} of ${values.length + lost} lost`;
  console.log(`${title}:`);
  console.log(`  typed line → audience:  ${row(f.lines, f.linesLost)}`);
  console.log(`  click → audience:       ${row(f.clicks, f.clicksLost)}`);
  console.log(`  console errors: ${errors.length}${errors.length ? ` (first: ${errors[0]!.slice(0, 160)})` : ''}`);
}

async function twoWindows(open: (presenter: Page, audience: Page) => Promise<string>): Promise<[Figures, string[]]> {
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    const errors: string[] = [];
    const presenter = await context.newPage();
    const audience = await context.newPage();
    // Not counted: the harness deck's slide that fails on purpose, and its default favicon (a
    // CDN address, unreachable offline; the real deck has its own).
    const expected = (text: string) => text.includes('[BrokenProbe]') || text.includes('ERR_NAME_NOT_RESOLVED');
    for (const page of [presenter, audience]) {
      // A fresh dev server compiles the deck on the first visit: minutes on a busy machine.
      page.setDefaultTimeout(180_000);
      page.on('console', (m) => m.type() === 'error' && !expected(m.text()) && errors.push(m.text()));
      page.on('pageerror', (e) => !expected(e.message) && errors.push(e.message));
    }
    const base = await open(presenter, audience);
    return [await measure(presenter, audience, base), errors];
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  // 1. The dev server.
  const server = await startSlidev();
  try {
    const [figures, errors] = await twoWindows(async (presenter, audience) => {
      await openSlide(presenter, server.url, '/presenter/3');
      await openSlide(audience, server.url, '/3');
      return '/';
    });
    report('dev server (npm run dev)', figures, errors);
  } finally {
    await server.stop();
  }

  // 2. The static build of the same deck.
  const out = mkdtempSync(join(tmpdir(), 'sync-bench-'));
  try {
    const cli = join(ROOT, 'node_modules/@slidev/cli/bin/slidev.mjs');
    const built = spawnSync(process.execPath, [cli, 'build', HARNESS_DECK, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    if (built.status !== 0) throw new Error(`build failed:\n${built.stdout}\n${built.stderr}`);
    const site = await serveDir(out, '/');
    try {
      const [figures, errors] = await twoWindows(async (presenter, audience) => {
        await openSlide(presenter, site.url(''), 'presenter/3');
        await openSlide(audience, site.url(''), '3');
        return '/';
      });
      report('static build (npm run build)', figures, errors);
    } finally {
      await site.close();
    }
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

await main();

// Terminal latency in Chromium: from the Enter keydown to the frame that paints the command's
// output, for the commands of the talk, on the harness deck's live terminal (Slidev dev server,
// the real engine, the real components). Also: presenter → audience delay of a typed line.
// Run: `npm run bench -- terminal` (or `node --import tsx bench/terminal.bench.ts`).

import type { Page } from 'playwright-core';
import { launchChromium } from '../scripts/lib/chromium';
import { talkTerminals } from './lib/deck';
import { openSlide, prompt, terminal } from '../scripts/lib/deck-page';
import { startSlidev } from '../scripts/lib/slidev-server';

const CYCLES = Number(process.env.TERMINAL_BENCH_CYCLES ?? 3);
const TARGET_MS = 16;
const PAUSE_MS = 120;
const PRESENTER_MAIN = '.slidev-presenter .grid-section.main';

interface TalkDemo {
  where: string;
  setup: string[];
  script: string[];
}

/** Every terminal of the real deck (pages/*.md): its setup lines, then the lines the talk runs. */
async function talkDemos(): Promise<TalkDemo[]> {
  const byHost = new Map<string, TalkDemo>();
  for (const demo of await talkTerminals()) {
    const where = `slide ${demo.slide} ${demo.host}`;
    const entry = byHost.get(where) ?? { where, setup: [], script: [] };
    entry.setup.push(...demo.setup);
    entry.script.push(...demo.script);
    byHost.set(where, entry);
  }
  return [...byHost.values()];
}

const DEMOS = await talkDemos();

/** Rows of the report: `docker run`, `docker ps`, …, `curl`, `cat`. */
function kindOf(line: string): string {
  const words = line.trim().split(/\s+/);
  return words[0] === 'docker' ? words.slice(0, words[1] === 'image' || words[1] === 'container' ? 3 : 2).join(' ') : words[0]!;
}

/**
 * Measured in the page: the Enter keydown's timestamp to the end of the frame that first shows
 * the new entry (a message posted from requestAnimationFrame runs right after that paint).
 */
// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const PROBE = `
window.__arm = (within) => {
  window.__latency = new Promise((resolve) => {
    const log = document.querySelector(within + ' .docker-terminal[data-host="live"] [role="log"]');
    const before = log.querySelectorAll('.entry').length;
    let start = 0;
    // performance.now() at the keydown, not event.timeStamp: injected key events carry their own clock.
    window.addEventListener('keydown', (e) => { if (e.key === 'Enter') start = performance.now(); }, { capture: true, once: true });
    const observer = new MutationObserver(() => {
      if (log.querySelectorAll('.entry').length === before) return;
      observer.disconnect();
      const dom = performance.now() - start;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          const painted = performance.now() - start;
          // Painted is not enough: the new output must be on screen, not below the fold.
          const screen = log.closest('.screen').getBoundingClientRect();
          const last = log.lastElementChild?.getBoundingClientRect();
          resolve([dom, painted, !last || (last.bottom <= screen.bottom + 1 && last.bottom > screen.top)]);
        };
        channel.port2.postMessage(null);
      });
    });
    observer.observe(log, { childList: true, subtree: true });
  });
};`;

async function armProbe(page: Page): Promise<void> {
  await page.evaluate(PROBE);
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

/** In the audience window: when a command line first shows, in wall-clock ms (pages share no clock). */
const WATCH_AUDIENCE = `
window.__seen = (line) => {
  const count = () => [...document.querySelectorAll('.docker-terminal[data-host="live"] .command')].filter((el) => el.textContent.endsWith(line)).length;
  const before = count();
  // \`clear\` leaves nothing to find but an empty screen.
  const shown = line.trim() === 'clear' ? () => document.querySelectorAll('.docker-terminal[data-host="live"] .entry').length === 0 : () => count() > before;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => { if (shown()) { observer.disconnect(); resolve(Date.now()); } });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
};`;

interface Latency {
  byKind: Map<string, number[]>;
  dom: number[];
  offScreen: number;
}

/** Enter → painted for every command of the talk, CYCLES times, in the terminal under `within`. */
async function measureLatency(page: Page, within: string): Promise<Latency> {
  const term = terminal(page, 'live', within);
  await term.waitFor();
  const input = prompt(term);
  await armProbe(page);
  const result: Latency = { byKind: new Map(), dom: [], offScreen: 0 };
  /** Types one line and waits for its output; returns [DOM ms, painted ms, in view]. */
  const enter = async (line: string): Promise<[number, number, boolean]> => {
    await input.fill(line);
    // A typist's pause before Enter: the draft's own sync to other windows (Slidev posts the
    // shared state 10 ms after a change) is done, as it is when a person types.
    await page.waitForTimeout(PAUSE_MS);
    await page.evaluate(`window.__arm(${JSON.stringify(within)})`);
    await input.press('Enter');
    return (await page.evaluate('window.__latency')) as [number, number, boolean];
  };
  // Cycle 0 warms up the engine's bundled images and the JIT; it is not counted.
  for (let cycle = 0; cycle <= CYCLES; cycle++) {
    for (const demo of DEMOS) {
      // Each demo from a fresh host, as on its own slide: its setup unmeasured, then its lines.
      await term.locator('button.reset').click();
      await page.waitForFunction(`document.querySelectorAll('${within} .docker-terminal[data-host="live"] .entry').length === 0`);
      for (const line of demo.setup) await enter(line);
      for (const line of demo.script) {
        const [dom, ms, inView] = await enter(line);
        if (cycle === 0) continue;
        if (!inView) result.offScreen++;
        const kind = kindOf(line);
        result.byKind.set(kind, [...(result.byKind.get(kind) ?? []), ms]);
        result.dom.push(dom);
      }
    }
  }
  return result;
}

function report(title: string, { byKind, dom, offScreen }: Latency): void {
  const all = [...byKind.values()].flat();
  console.log(`Enter → output painted, ${title}, Chromium, every line of the talk's ${DEMOS.length} terminals × ${CYCLES} (ms):`);
  console.log(`${'command'.padEnd(22)}   n    p50    p95    max`);
  for (const [kind, values] of [...byKind].sort(([a], [b]) => a.localeCompare(b))) {
    const row = [percentile(values, 50), percentile(values, 95), Math.max(...values)].map((v) => v.toFixed(1).padStart(6));
    console.log(`${kind.padEnd(22)} ${String(values.length).padStart(3)} ${row.join(' ')}`);
  }
  const p95 = percentile(all, 95);
  console.log(
    `all      ${all.length}  p50 ${percentile(all, 50).toFixed(1)}  p95 ${p95.toFixed(1)}  (target p95 ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'})`,
  );
  console.log(`output on screen (not scrolled out of view) in that frame: ${all.length - offScreen} of ${all.length}`);
  console.log(
    `of which Enter → DOM updated (engine + Vue, before waiting for a frame): p50 ${percentile(dom, 50).toFixed(1)}  p95 ${percentile(dom, 95).toFixed(1)}\n`,
  );
}

/** Typed in the presenter view, seen in the audience window: wall-clock ms per line. */
async function measureSync(presenter: Page, audience: Page): Promise<number[]> {
  const term = terminal(presenter, 'live', PRESENTER_MAIN);
  const input = prompt(term);
  await terminal(audience, 'live').waitFor();
  await audience.evaluate(WATCH_AUDIENCE);
  await term.locator('button.reset').click();
  const sync: number[] = [];
  const enter = async (line: string): Promise<number> => {
    await input.fill(line);
    const seen = audience.evaluate(`window.__seen(${JSON.stringify(line)})`) as Promise<number>;
    const sent = Date.now();
    await input.press('Enter');
    return (await seen) - sent;
  };
  for (const demo of DEMOS) {
    await term.locator('button.reset').click();
    await audience.waitForFunction(`document.querySelectorAll('.docker-terminal[data-host="live"] .entry').length === 0`);
    for (const line of demo.setup) await enter(line);
    for (const line of demo.script) sync.push(await enter(line));
  }
  return sync;
}

function reportSync(title: string, sync: number[]): void {
  console.log(
    `presenter → audience, ${title}: p50 ${percentile(sync, 50)} ms, p95 ${percentile(sync, 95)} ms, max ${Math.max(...sync)} ms (target ≤ 1 s)`,
  );
}

async function main(): Promise<void> {
  const browser = await launchChromium();
  try {
    // 1. The dev server (`npm run dev`): typing in the slide window, then in the presenter view
    //    (current slide, next-slide preview and notes all rendered), then the presenter's lines
    //    reaching a second window. One window at a time for latency: a second headless tab would
    //    share the frame clock and slow both down, which a presenter's two real windows do not.
    const server = await startSlidev();
    try {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const slide = await context.newPage();
      await openSlide(slide, server.url, '/3');
      report('slide window', await measureLatency(slide, ''));
      await slide.close();
      const presenter = await context.newPage();
      await openSlide(presenter, server.url, '/presenter/3');
      report('presenter view', await measureLatency(presenter, PRESENTER_MAIN));
      const audience = await context.newPage();
      await openSlide(audience, server.url, '/3');
      reportSync('dev server', await measureSync(presenter, audience));
      await context.close();
    } finally {
      await server.stop();
    }

    // 2. `slidev --remote`: the audience on another address (127.0.0.2 stands for a laptop in the
    //    room), following the presenter through the server.
    const remote = await startSlidev(undefined, ['--remote=bench']);
    try {
      const port = new URL(remote.url).port;
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const presenter = await context.newPage();
      await openSlide(presenter, `http://127.0.0.1:${port}`, '/presenter/3?password=bench');
      const audience = await context.newPage();
      await openSlide(audience, `http://127.0.0.2:${port}`, '/3');
      reportSync('slidev --remote', await measureSync(presenter, audience));
      await context.close();
    } finally {
      await remote.stop();
    }
  } finally {
    await browser.close();
  }
}

await main();

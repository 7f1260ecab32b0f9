// Terminal latency in Chromium: from the Enter keydown to the frame that paints the command's
// output, for the commands of the talk, on the harness deck's live terminal (Slidev dev server,
// the real engine, the real components). Also: presenter → audience delay of a typed line.
// Run: `npm run bench -- terminal` (or `node --import tsx bench/terminal.bench.ts`).

import type { Page } from 'playwright-core';
import { launchChromium } from '../test/deck/chromium';
import { openSlide, prompt, terminal } from '../test/components/harness/deckPage';
import { startSlidev } from '../test/components/harness/slidevServer';

const CYCLES = Number(process.env.TERMINAL_BENCH_CYCLES ?? 12);
const TARGET_MS = 16;

/** One pass through the talk's commands; `i` keeps names and tags fresh. */
function talkCommands(i: number): Array<[kind: string, line: string]> {
  return [
    ['pull', 'docker pull nginx'],
    ['images', 'docker images'],
    ['run', `docker run -d --name web${i} nginx`],
    ['ps', 'docker ps'],
    ['diff', `docker diff web${i}`],
    ['history', 'docker history nginx'],
    ['commit', `docker commit web${i} snap:${i}`],
    ['build', `docker build -t app:${i} .`],
    ['stop', `docker stop web${i}`],
    ['rm', `docker rm web${i}`],
    ['rmi', `docker rmi snap:${i}`],
  ];
}

/**
 * Measured in the page: the Enter keydown's timestamp to the end of the frame that first shows
 * the new entry (a message posted from requestAnimationFrame runs right after that paint).
 */
// A string, not a function: tsx would wrap named inner functions in a helper the page lacks.
const PROBE = `
window.__arm = () => {
  window.__latency = new Promise((resolve) => {
    const log = document.querySelector('.docker-terminal[data-host="live"] [role="log"]');
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
        channel.port1.onmessage = () => resolve([dom, performance.now() - start]);
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
window.__seen = (line) => new Promise((resolve) => {
  const has = () => [...document.querySelectorAll('.docker-terminal[data-host="live"] .command')].some((el) => el.textContent.endsWith(line));
  if (has()) return resolve(Date.now());
  const observer = new MutationObserver(() => { if (has()) { observer.disconnect(); resolve(Date.now()); } });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
});`;

async function main(): Promise<void> {
  const server = await startSlidev();
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const presenter = await context.newPage();
    await openSlide(presenter, server.url, '/3');
    const term = terminal(presenter, 'live');
    await term.waitFor();
    const input = prompt(term);
    await armProbe(presenter);

    // 1. Latency in one window (a second headless tab would share the frame clock and slow
    //    both tabs' frames down, which a presenter's two real windows do not).
    const byKind = new Map<string, number[]>();
    const domTimes: number[] = [];
    for (let cycle = 0; cycle <= CYCLES; cycle++) {
      // A new slide's worth of typing each cycle; cycle 0 warms the engine's bundled images up.
      await term.locator('button.reset').click();
      await presenter.waitForFunction(`document.querySelectorAll('.docker-terminal[data-host="live"] .entry').length === 0`);
      for (const [kind, line] of talkCommands(cycle)) {
        await input.fill(line);
        await presenter.evaluate('window.__arm()');
        await input.press('Enter');
        const [dom, ms] = (await presenter.evaluate('window.__latency')) as [number, number];
        if (cycle === 0) continue;
        byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
        domTimes.push(dom);
      }
    }

    // 2. Presenter → audience: the same lines, seen in a second window of the dev server.
    const audience = await context.newPage();
    await openSlide(audience, server.url, '/3');
    await terminal(audience, 'live').waitFor();
    await audience.evaluate(WATCH_AUDIENCE);
    await term.locator('button.reset').click();
    const sync: number[] = [];
    for (const [, line] of [...talkCommands(100), ...talkCommands(101)]) {
      await input.fill(line);
      const seen = audience.evaluate(`window.__seen(${JSON.stringify(line)})`) as Promise<number>;
      const sent = Date.now();
      await input.press('Enter');
      sync.push((await seen) - sent);
    }

    const all = [...byKind.values()].flat();
    console.log(`Enter → output painted, Chromium, ${CYCLES} cycles (ms):`);
    console.log('command   n    p50    p95    max');
    for (const [kind, values] of byKind) {
      const row = [percentile(values, 50), percentile(values, 95), Math.max(...values)].map((v) => v.toFixed(1).padStart(6));
      console.log(`${kind.padEnd(8)} ${String(values.length).padStart(2)} ${row.join(' ')}`);
    }
    const p95 = percentile(all, 95);
    console.log(`all      ${all.length}  p50 ${percentile(all, 50).toFixed(1)}  p95 ${p95.toFixed(1)}  (target p95 ≤ ${TARGET_MS} ms: ${p95 <= TARGET_MS ? 'met' : 'NOT met'})`);
    console.log(`of which Enter → DOM updated (engine + Vue, before waiting for a frame): p50 ${percentile(domTimes, 50).toFixed(1)}  p95 ${percentile(domTimes, 95).toFixed(1)}`);
    console.log(`presenter → audience window (dev server): p50 ${percentile(sync, 50)} ms, p95 ${percentile(sync, 95)} ms, max ${Math.max(...sync)} ms`);
  } finally {
    await browser.close();
    await server.stop();
  }
}

await main();

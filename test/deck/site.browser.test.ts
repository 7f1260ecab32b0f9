// Walks every slide and every click of the BUILT deck in Chromium, as a presenter would with the
// arrow key, on the root path and under a sub-path: no console error, no request leaving the
// page's own origin (the site must work offline). (The stage check, stage.browser.test.ts, takes
// the screenshots of each slide's final state.)
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { deckSlides } from './deck-slides';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';

const sites = inject('sites');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

interface Position {
  no: number;
  clicks: number;
}

function positionOf(page: Page, base: string): Position {
  const url = new URL(page.url());
  const no = Number(url.pathname.slice(base.length).split('/')[0] || '1');
  return { no, clicks: Number(url.searchParams.get('clicks') ?? '0') };
}

/** Waits until the page has no request in flight, then a moment for transitions and typing. */
async function settle(page: Page, inFlight: () => number): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (inFlight() > 0 && Date.now() < deadline) await page.waitForTimeout(50);
  await page.waitForTimeout(100);
}

describe.each(sites)('the built site served at $base', (site) => {
  let server: StaticServer;
  const foreign: string[] = [];
  const errors: string[] = [];

  beforeAll(async () => {
    server = await serveDir(site.dir, site.base);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('has no remote URL in the HTML and CSS it ships (no CDN, no web fonts)', () => {
    const remote = /(?:src|href)\s*=\s*["']?(https?:)?\/\/|url\(\s*["']?(https?:)?\/\/|@import\s+["']?(https?:)?\/\//gi;
    const offenders: string[] = [];
    const walk = (dir: string): void => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        if (entry.isDirectory()) walk(path);
        else if (/\.(html|css)$/.test(entry.name)) {
          for (const m of readFileSync(path, 'utf8').matchAll(remote)) offenders.push(`${path}: ${m[0]}…`);
        }
      }
    };
    walk(site.dir);
    expect(offenders).toEqual([]);
  });

  it('shows every slide and click with no console error and no request off its origin', async () => {
    const expected = await deckSlides(inject('entry'));
    const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
    // Every request is recorded; one leaving the origin fails the test and is aborted at once,
    // so an offline failure (a DNS lookup with no network) cannot stall the walk.
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === server.origin) return route.continue();
      foreign.push(url);
      return route.abort();
    });
    let inFlight = 0;
    context.on('request', () => {
      inFlight++;
    });
    const done = (): void => {
      inFlight--;
    };
    context.on('requestfinished', done);
    context.on('requestfailed', done);
    const page = await context.newPage();
    page.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(`${page.url()}: ${msg.text()}`);
    });
    page.on('pageerror', (err) => errors.push(`${page.url()}: ${err.message}`));

    await page.goto(server.url('1'), { waitUntil: 'load' });
    await page.locator('.slidev-page-1').waitFor();
    const visited: number[] = [];
    let pos = positionOf(page, site.base);
    // Bounded: a deck never has more steps than this; stops early when → no longer moves.
    for (let step = 0; step < 2000; step++) {
      await settle(page, () => inFlight);
      if (visited.at(-1) !== pos.no) visited.push(pos.no);
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      const moved = await page
        .waitForURL((u) => u.href !== before, { timeout: 3_000 })
        .then(
          () => true,
          () => false,
        );
      if (!moved) break;
      pos = positionOf(page, site.base);
    }
    await context.close();

    expect(visited).toEqual(expected.map((s) => s.no));
    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
  });

  it("downloads the PDF from the nav bar's download button", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(server.url('2'), { waitUntil: 'load' });
    await page.locator('.slidev-page-2').waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTitle('Download as PDF').first().click({ force: true }),
    ]);
    const bytes = readFileSync(await download.path());
    await context.close();
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.equals(readFileSync(site.pdf))).toBe(true);
  });
});

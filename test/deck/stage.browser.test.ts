// The stage check: every slide and every click at 1280×720, as a presenter walks the deck with →,
// in the built site and on the dev server. It fails when a terminal clips its current command or
// output, a line a demo marks as its point is out of view, a table row wraps, text leaves the
// slide, terminal text is under 18px or other text under 16px on screen, or axe-core finds a
// contrast or structure problem. Screenshots of each slide's last click go to
// reports/screenshots/ (from the built site) for a person to look at.
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startSlidev, type SlidevServer } from '../../scripts/lib/slidev-server';
import { launchChromium } from '../../scripts/lib/chromium';
import { deckSlides } from './deck-slides';
import { walkDeck, type StepReport } from './stage-walk';
import { serveDir } from '../../scripts/lib/static-server';

const root = resolve(import.meta.dirname, '../..');
const shotsDir = join(root, 'reports/screenshots');

let browser: Browser;
beforeAll(async () => {
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
});

/** "slide 27 click 3: terminal hood-cow: …", one line per problem, for a readable failure. */
function problemsOf(reports: StepReport[]): string[] {
  return reports.flatMap((r) => r.problems.map((p) => `slide ${r.no} click ${r.clicks}: ${p}`));
}

async function walk(url: (path: string) => string, shots?: string): Promise<StepReport[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  try {
    return await walkDeck(page, { url, shots });
  } finally {
    await context.close();
  }
}

describe('the stage check', () => {
  it('passes on every slide and click of the built site, and photographs each final click', async () => {
    const site = inject('sites').find((s) => s.base === '/')!;
    const server = await serveDir(site.dir, site.base);
    rmSync(shotsDir, { recursive: true, force: true });
    mkdirSync(shotsDir, { recursive: true });
    try {
      const reports = await walk((p) => server.url(p), shotsDir);
      const slides = await deckSlides(inject('entry'));
      expect([...new Set(reports.map((r) => r.no))]).toEqual(slides.map((s) => s.no));
      expect(problemsOf(reports)).toEqual([]);
      expect(readdirSync(shotsDir).filter((f) => f.endsWith('.png'))).toHaveLength(slides.length);
    } finally {
      await server.close();
    }
  }, 1_200_000);

  it('passes on every slide and click of the dev server', async () => {
    let dev: SlidevServer | undefined;
    try {
      dev = await startSlidev(inject('entry'), [], 180_000);
      const url = dev.url;
      const reports = await walk((p) => `${url}/${p}`);
      expect(reports.length).toBeGreaterThan(1);
      expect(problemsOf(reports)).toEqual([]);
    } finally {
      await dev?.stop();
    }
  }, 1_200_000);
});

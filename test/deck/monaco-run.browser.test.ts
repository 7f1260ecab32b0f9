// The class-and-object slides run TypeScript live in the presenter's `npm run dev` (monaco-run):
// the editor loads offline and its output appears under the code.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSlidev, type SlidevServer } from '../components/harness/slidevServer';
import { launchChromium } from './chromium';
import { deckSlides } from './deck-slides';

describe('live TypeScript in the dev server', () => {
  let server: SlidevServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startSlidev(resolve(import.meta.dirname, '../../slides.md'));
    browser = await launchChromium();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('runs `new Dog(...)` on the slide, with no request leaving the page', async () => {
    const slide = (await deckSlides()).find((s) => s.heading === 'Class and object');
    expect(slide, 'a slide headed "Class and object"').toBeDefined();
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(server.url) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    await page.goto(`${server.url}/${slide!.no}`, { waitUntil: 'networkidle', timeout: 120_000 });
    // monaco-run prints the program's console output under the editor once it has run.
    await expect.poll(async () => page.locator(`.slidev-page-${slide!.no} .slidev-runner-output`).first().innerText(), { timeout: 60_000 }).toMatch(/^Rex\W+sit\W+Ada\W+true\s*$/);
    expect(offsite).toEqual([]);
  }, 180_000);
});

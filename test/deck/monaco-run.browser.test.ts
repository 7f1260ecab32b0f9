// The class-and-object slides run TypeScript live in the presenter's `npm run dev` (monaco-run):
// the editor loads offline and its output appears under the code. The built site shows the same
// blocks as static code with the output they print.
import { resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { runSnippet } from '../../setup/staticRun';
import { startSlidev, type SlidevServer } from '../../scripts/lib/slidev-server';
import { launchChromium } from '../../scripts/lib/chromium';
import { deckSlides } from './deck-slides';
import { monacoRunBlocks } from './monaco-blocks';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';

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
    // Monaco is served as hundreds of unbundled modules: on a busy 2-core machine a cold first load
    // took 170 s, so the wait is generous (the presenter warms the deck up before the talk).
    await page.goto(`${server.url}/${slide!.no}`, { waitUntil: 'networkidle', timeout: 300_000 });
    // monaco-run prints the program's console output under the editor once it has run.
    await expect
      .poll(async () => page.locator(`.slidev-page-${slide!.no} .slidev-runner-output`).first().innerText(), { timeout: 60_000 })
      .toMatch(/^Rex\W+sit\W+Ada\W+true\s*$/);
    expect(offsite).toEqual([]);
  }, 420_000);
});

// Where Monaco is off (`monaco: dev`), the same blocks are highlighted code, every line at full
// opacity (not read as a line-highlight range), with the output computed at build time.
describe('runnable TypeScript in the built site', () => {
  const site = inject('sites').find((s) => s.base === '/') ?? inject('sites')[0]!;
  let server: StaticServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await serveDir(site.dir, site.base);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows each block undimmed, with the lines it prints', async () => {
    const blocks = monacoRunBlocks(inject('entry'));
    expect(blocks.length).toBeGreaterThan(0);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    for (const block of blocks) {
      await page.goto(server.url(String(block.slideNo)));
      const slide = page.locator(`.slidev-page-${block.slideNo}`);
      const output = slide.locator('.run-output-line');
      await output.first().waitFor();
      expect(await output.allInnerTexts()).toEqual(runSnippet(block.code).lines);
      const lines = slide.locator('.slidev-code .line');
      expect(await lines.count()).toBe(block.code.trimEnd().split('\n').length);
      const dimmed = await lines.evaluateAll((els) => els.filter((el) => Number(getComputedStyle(el).opacity) < 1).length);
      expect(dimmed, `dimmed lines on slide ${block.slideNo}`).toBe(0);
    }
    await page.close();
  });
});

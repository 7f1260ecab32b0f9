// The lifecycle diagrams of the built deck, measured in Chromium at a 1280×720 window on every
// click of every slide that shows one: no label on another label, a node or an arrow, no arrow
// through a state it does not join, every text inside its box and the slide, and text of 16 px
// or more (what reads from the back of a room).
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium';
import { extractDemos } from './demos';
import { MEASURE_LIFECYCLE, type LifecycleProblems } from './lifecycle-geometry';
import { serveDir, type StaticServer } from '../../scripts/lib/static-server';

const site = inject('sites').find((s) => s.base === '/') ?? inject('sites')[0]!;

describe('lifecycle diagrams in the built deck', () => {
  let browser: Browser;
  let server: StaticServer;

  beforeAll(async () => {
    browser = await launchChromium();
    server = await serveDir(site.dir, site.base);
  });
  afterAll(async () => {
    await server?.close();
    await browser?.close();
  });

  it('keep every label clear and readable on every click', async () => {
    const demos = extractDemos().map((d) => ({ ...d, slide: d.slideIndex + 1 }));
    const slides = [...new Set(demos.filter((d) => d.component === 'LifecycleDiagram').map((d) => d.slide))];
    expect(slides.length, 'slides showing a lifecycle diagram').toBeGreaterThanOrEqual(3);
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const report: string[] = [];
    let measured = 0;
    for (const no of slides) {
      const clicks = Math.max(0, ...demos.filter((d) => d.slide === no && d.component === 'DockerTerminal').map((d) => d.script.length));
      for (let click = 0; click <= clicks; click++) {
        await page.goto(server.url(`${no}?clicks=${click}`));
        await page.locator('figure.lifecycle svg').locator('visible=true').first().waitFor();
        // A live diagram follows its terminal: wait until the terminal has run this click.
        if (clicks > 0) await page.locator(`.docker-terminal[data-step="${click}"]`).locator('visible=true').first().waitFor();
        const result = (await page.evaluate(MEASURE_LIFECYCLE)) as LifecycleProblems;
        measured += result.diagrams;
        report.push(...result.problems.map((p) => `slide ${no}, click ${click}: ${p}`));
        if (result.minFontPx < 16) report.push(`slide ${no}, click ${click}: text at ${result.minFontPx.toFixed(1)} px`);
      }
    }
    await page.close();
    expect(measured, 'diagrams measured').toBeGreaterThanOrEqual(slides.length);
    expect(report).toEqual([]);
  });
});

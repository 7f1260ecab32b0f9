// A presenter window and an audience window of one deck, as a speaker opens them on one machine
// (one browser, two windows: the static build syncs them through a BroadcastChannel, the dev
// server through itself), with every console error of either window collected.

import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface TwoWindows {
  context: BrowserContext;
  presenter: Page;
  audience: Page;
  /** Console errors and uncaught exceptions of both windows, prefixed with the window's name. */
  errors: string[];
  close(): Promise<void>;
}

/** `url(path)` gives the deck's address of a path such as 'presenter/3' or '3'. */
export async function openTwoWindows(
  browser: Browser,
  url: (path: string) => string,
  presenterPath: string,
  audiencePath: string,
): Promise<TwoWindows> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  const errors: string[] = [];
  const presenter = await context.newPage();
  const audience = await context.newPage();
  for (const [name, page] of [
    ['presenter', presenter],
    ['audience', audience],
  ] as const) {
    page.setDefaultTimeout(60_000);
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(`${name}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
  }
  // Both at once, as a speaker opens them: neither waits for the other to settle.
  await Promise.all([presenter.goto(url(presenterPath)), audience.goto(url(audiencePath))]);
  await Promise.all([
    presenter.locator('.slidev-presenter').waitFor(),
    audience.locator('.slidev-page').locator('visible=true').first().waitFor(),
  ]);
  return { context, presenter, audience, errors, close: () => context.close() };
}

/** Where a window is: "slide.click", e.g. "4.2", read from its address. */
export function position(page: Page): string {
  const url = new URL(page.url());
  const no = /\/(\d+)$/.exec(url.pathname)?.[1] ?? '1';
  return `${no}.${url.searchParams.get('clicks') ?? '0'}`;
}

/** Presses → `presses` times, `gapMs` apart, from outside any input (as a clicker does). */
export async function pressNext(page: Page, presses: number, gapMs: number): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  for (let i = 0; i < presses; i++) {
    const started = Date.now();
    await page.keyboard.press('ArrowRight');
    await page.waitForTimeout(Math.max(0, gapMs - (Date.now() - started)));
  }
}

/**
 * The positions one → press after another reaches, in a window left to settle first and waiting
 * for each press to land: what a speaker who never hurries sees. `[0]` is the start.
 */
export async function referencePositions(browser: Browser, url: (path: string) => string, presses: number): Promise<string[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  try {
    const page = await context.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(url('1'));
    await page.locator('.slidev-page').locator('visible=true').first().waitFor();
    // Slidev mounts every slide a few seconds in; wait until then and a little more.
    await page.waitForTimeout(6000);
    const positions = [position(page)];
    for (let i = 0; i < presses; i++) {
      const before = page.url();
      await page.keyboard.press('ArrowRight');
      await page.waitForURL((u) => u.toString() !== before);
      await page.waitForTimeout(600);
      positions.push(position(page));
    }
    return positions;
  } finally {
    await context.close();
  }
}

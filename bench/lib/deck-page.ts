// Driving a Slidev window of the harness deck from a bench: its terminal, its prompt, the slide
// on screen, and clicks from the keyboard.
import type { Locator, Page } from 'playwright-core';

/** The visible terminal of `host` (Slidev keeps neighbouring slides mounted but hidden). */
export function terminal(page: Page, host: string, within = ''): Locator {
  return page.locator(`${within} .docker-terminal[data-host="${host}"]`.trim()).locator('visible=true').first();
}

export function prompt(term: Locator): Locator {
  return term.locator('input.input');
}

export async function openSlide(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  await page.locator('.slidev-page, .slidev-presenter').locator('visible=true').first().waitFor();
}

/** Moves the presentation on a click with the keyboard, from outside any input. */
export async function nextClick(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowRight');
}

export async function prevClick(page: Page): Promise<void> {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('ArrowLeft');
}

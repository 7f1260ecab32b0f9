// Driving a Slidev window from a browser test or bench: a slide's terminal, its prompt and screen
// text, typed lines, the slide on screen, and clicks from the keyboard.

import type { Locator, Page } from 'playwright-core';

/** The visible terminal of `host` (Slidev keeps neighbouring slides mounted but hidden). */
export function terminal(page: Page, host: string, within = ''): Locator {
  return page.locator(`${within} .docker-terminal[data-host="${host}"]`.trim()).locator('visible=true').first();
}

export function prompt(term: Locator): Locator {
  return term.locator('input.input');
}

/** The terminal's screen text: prompts, commands and output, as the audience reads it. */
export function screenText(term: Locator): Promise<string> {
  return term.locator('[role="log"]').innerText();
}

export async function typeLine(term: Locator, line: string): Promise<void> {
  const input = prompt(term);
  await input.click();
  await input.pressSequentially(line);
  await input.press('Enter');
}

export async function openSlide(page: Page, base: string, path: string): Promise<void> {
  await page.goto(`${base}${path}`);
  // Slidev keeps neighbouring slides mounted but hidden: wait for the one on screen.
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

// Walks a deck in one window as a presenter does (→ from slide 1 to the end), checking the stage
// at every click: the probe (stage-probe.ts) and axe-core's contrast and structure rules, run in
// the page. The last click of each slide is photographed when a folder is given.
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { stageProbe, type StageLimits } from './stage-probe';

const require = createRequire(import.meta.url);
const AXE = require.resolve('axe-core/axe.min.js');

export const LIMITS: StageLimits = { terminalPx: 18, textPx: 16 };

// WCAG 2.1 A and AA: contrast, names, headings, lists, landmarks. Rules about the whole document
// (a page title, landmarks around everything) judge Slidev's shell, not a slide: left out.
const AXE_OPTIONS = {
  runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
  rules: { 'document-title': { enabled: false }, 'html-has-lang': { enabled: false } },
  resultTypes: ['violations', 'incomplete'],
};

export interface StepReport {
  no: number;
  clicks: number;
  problems: string[];
}

export interface WalkOptions {
  /** The URL of slide `n` ('' + n under the site's base). */
  url: (path: string) => string;
  /** Where to write slide-NN.png of each slide's last click; none when absent. */
  shots?: string;
  /** Walks slides from..to only (while developing a slide); the whole deck by default. */
  from?: number;
  to?: number;
}

function position(page: Page, slideUrl: (p: string) => string): { no: number; clicks: number } {
  const url = new URL(page.url());
  const base = new URL(slideUrl('')).pathname;
  return { no: Number(url.pathname.slice(base.length).split('/')[0] || '1'), clicks: Number(url.searchParams.get('clicks') ?? '0') };
}

/** Waits for the slide's terminals to have replayed and been measured, and two frames to paint. */
async function settle(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find((s) => s.checkVisibility());
      if (!slide) return false;
      return [...slide.querySelectorAll<HTMLElement>('.docker-terminal')].every((t) => t.dataset.rows);
    },
    undefined,
    { timeout: 15_000, polling: 50 },
  );
  await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
}

async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async (options) => {
    const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find((s) => s.checkVisibility());
    // @ts-expect-error axe is the global axe-core installs
    const result = await window.axe.run(slide, options);
    type Found = { id: string; nodes: { target: string[]; failureSummary?: string; any?: { message: string }[] }[] };
    const describe = (kind: string) => (v: Found) =>
      v.nodes.map(
        (n) =>
          `axe ${v.id}${kind} at ${n.target.join(' ')}: ${(n.failureSummary ?? n.any?.[0]?.message ?? '').split('\n').slice(-1).join('').trim()}`,
      );
    // Contrast axe could not decide (a background it cannot compute, e.g. a CSS variable over a
    // code block) counts too: the room sees the colours whether axe could or not.
    // (Only an undecided background; not under Slidev's overlays, which cover the whole slide in
    // some windows, nor punctuation-only spans.)
    const undecided = (result.incomplete as Found[])
      .filter((v) => v.id === 'color-contrast')
      .map((v) => ({
        ...v,
        nodes: v.nodes.filter(
          (n) => /background/i.test(n.any?.[0]?.message ?? '') && !/overlapped by another element/.test(n.any?.[0]?.message ?? ''),
        ),
      }));
    return [...(result.violations as Found[]).flatMap(describe('')), ...undecided.flatMap(describe(' (undecided)'))];
  }, AXE_OPTIONS);
}

export async function walkDeck(page: Page, options: WalkOptions): Promise<StepReport[]> {
  const reports: StepReport[] = [];
  // esbuild (tsx) keeps function names through a `__name` helper the page does not have.
  await page.addInitScript('globalThis.__name ??= (f) => f');
  const first = options.from ?? 1;
  await page.goto(options.url(String(first)), { waitUntil: 'load' });
  await page.locator(`.slidev-page-${first}`).waitFor({ timeout: 120_000 });
  let pos = position(page, options.url);
  let shot: Buffer | null = null;
  for (let step = 0; step < 2000; step++) {
    await settle(page);
    const probe = await page.evaluate(stageProbe, LIMITS);
    const problems = [...probe.problems, ...(await axeViolations(page))];
    reports.push({ ...pos, problems });
    if (options.shots) shot = await page.screenshot();
    const before = page.url();
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('ArrowRight');
    const moved = await page
      .waitForURL((u) => u.href !== before, { timeout: 3_000 })
      .then(
        () => true,
        () => false,
      );
    const next = moved ? position(page, options.url) : null;
    // Leaving a slide: its last screenshot is its final state.
    if (options.shots && shot && next?.no !== pos.no)
      writeFileSync(join(options.shots, `slide-${String(pos.no).padStart(2, '0')}.png`), shot);
    if (!next || next.no > (options.to ?? Number.POSITIVE_INFINITY)) break;
    pos = next;
  }
  return reports;
}

// The demo components in a real Chromium, on a Slidev dev server serving the harness deck
// (test/components/harness/deck.md): scripted clicks, live typing, viewers following the host,
// print mode, presenter → audience sync, error containment, keyboard and contrast.

import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { nextClick, openSlide, prevClick, prompt, screenText, terminal, typeLine } from '../../scripts/lib/deck-page';
import { openBrowserSession, poll, type BrowserSession } from './harness/browserSession';
import type { SlidevServer } from '../../scripts/lib/slidev-server';

let session: BrowserSession;
let server: SlidevServer;
const newPage = (): Promise<Page> => session.newPage();

/** The live log is shared by every window of the server: start each live test from a reset. */
async function resetLive(page: Page, host: string): Promise<void> {
  const term = terminal(page, host);
  await term.locator('button.reset').click();
  await poll(() => term.locator('.entry[data-source="live"]').count()).toBe(0);
}

beforeAll(async () => {
  session = await openBrowserSession();
  server = session.server;
});

// Every Slidev window on localhost follows (and sends) navigation: close a test's windows so
// they cannot move the next test's.
afterEach(async () => {
  for (const page of session.context.pages()) await page.close();
});

afterAll(async () => {
  await session?.close();
});

describe('DockerTerminal, scripted', () => {
  it('runs one script line per click and un-runs it on the way back', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/2');
    const term = terminal(page, 'scripted');
    await poll(() => term.getAttribute('data-step')).toBe('0');
    expect(await term.locator('.entry').count()).toBe(0);

    await nextClick(page);
    await poll(() => term.getAttribute('data-step')).toBe('1');
    const first = term.locator('.entry').first();
    expect(await first.locator('.command').innerText()).toBe('$ docker run -d --name web nginx');
    expect((await first.locator('.stdout').innerText()).trim()).toMatch(/^[0-9a-f]{64}$/);

    await nextClick(page);
    await poll(() => term.getAttribute('data-step')).toBe('2');
    const ps = await term.locator('.entry').nth(1).locator('.stdout').innerText();
    expect(ps).toMatch(/^CONTAINER ID\s+IMAGE\s+COMMAND/);
    expect(ps).toMatch(/\bnginx\b.*\bUp \d+ seconds\b.*\bweb\s*$/m);

    await prevClick(page);
    await poll(() => term.locator('.entry').count()).toBe(1);
    expect(page.url()).toMatch(/\/2\?clicks=1$/);
  });

  it('shows the final state in print mode', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/2?print');
    const term = terminal(page, 'scripted');
    await poll(() => term.locator('.entry').count()).toBe(2);
    expect(await term.getAttribute('data-step')).toBe('2');
    expect(await screenText(term)).toMatch(/\bweb\s*$/m);
    // Printing never types: no prompt, no buttons.
    expect(await term.locator('input, button').count()).toBe(0);
  });

  it('shows one step per page when printing with clicks', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/2?print=clicks&clicks=1');
    const term = terminal(page, 'scripted');
    await poll(() => term.getAttribute('data-step')).toBe('1');
    expect(await term.locator('.entry').count()).toBe(1);
  });
});

describe('DockerTerminal, live', () => {
  it('runs typed commands and the viewers follow the host', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    const fanout = page.locator('.image-fanout').locator('visible=true');
    await poll(() => fanout.locator('.card.container').count()).toBe(0);

    await typeLine(term, 'docker run -d --name one nginx');
    await poll(() => fanout.locator('[data-container="one"]').count()).toBe(1);
    const card = fanout.locator('[data-container="one"]');
    expect(await card.getAttribute('data-state')).toBe('running');
    // ps -s wording, from the engine's size formatter.
    expect(await card.locator('.size').innerText()).toMatch(/^\d+(\.\d+)?k?B \(virtual \d+(\.\d+)?MB\)$/);
    await poll(() => page.locator('.layer-stack .rw[data-container="one"]').locator('visible=true').count()).toBe(1);

    await typeLine(term, 'docker stop one');
    await poll(() => card.getAttribute('data-state')).toBe('exited');
    expect(await screenText(term)).toContain('$ docker stop one\none');
    // Typing never moved the deck.
    expect(page.url()).toMatch(/\/3$/);
  });

  it('starts at the top and keeps the newest output and the prompt in view as the session grows', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    const screen = term.locator('.screen');
    await typeLine(term, 'docker ps');
    const top = async (selector: string) => (await term.locator(selector).last().boundingBox())!;
    expect((await top('.entry')).y - (await screen.boundingBox())!.y).toBeLessThan(20);

    // Far more lines than the screen has rows: the newest command stays whole in view with the
    // prompt under it (its output folded with a ⋯ note when taller than the screen), older ones
    // leave, and nothing is clipped (terminalView.ts).
    for (let i = 0; i < 3; i++) await typeLine(term, 'docker history nginx');
    await poll(() => term.locator('.entry').count()).toBe(1);
    const view = (await screen.boundingBox())!;
    const input = await top('input.input');
    const current = term.locator('.entry.current');
    expect(await current.locator('.command').innerText()).toBe('$ docker history nginx');
    const command = (await current.locator('.command').boundingBox())!;
    expect(command.y).toBeGreaterThanOrEqual(view.y);
    expect(input.y + input.height).toBeLessThanOrEqual(view.y + view.height + 1);
    expect(input.y).toBeGreaterThanOrEqual(view.y);
    expect((await current.locator('.gap').innerText()).trim()).toMatch(/^⋯ \d+ lines$/);
    expect(await screen.evaluate((el) => el.scrollHeight <= el.clientHeight && el.scrollWidth <= el.clientWidth)).toBe(true);
  });

  it('keeps text 18px on a 1280-wide window and grows it with the room keys, in every window', async () => {
    const page = await newPage();
    const other = await newPage();
    await openSlide(page, server.url, '/2');
    await openSlide(other, server.url, '/2');
    const onScreen = (p: Page) =>
      terminal(p, 'scripted').evaluate((t) => {
        const slide = t.closest('.slidev-page') as HTMLElement;
        return Number.parseFloat(getComputedStyle(t).fontSize) * (slide.getBoundingClientRect().width / slide.offsetWidth);
      });
    await page.setViewportSize({ width: 1280, height: 720 });
    await other.setViewportSize({ width: 1280, height: 720 });
    await poll(() => onScreen(page)).toBeGreaterThanOrEqual(18);
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    await page.keyboard.press('=');
    await poll(() => onScreen(page)).toBeGreaterThan(20);
    await poll(() => onScreen(other)).toBeGreaterThan(20);
    await page.keyboard.press('0');
    await poll(() => onScreen(page)).toBeLessThan(19);
    await poll(() => onScreen(other)).toBeLessThan(19);
  });

  it('shows Copy and Reset to the presenter, elsewhere only on hover or focus', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    const term = terminal(page, 'live');
    const opacity = () => term.locator('.actions').evaluate((a) => getComputedStyle(a).opacity);
    await page.mouse.move(0, 0);
    await poll(opacity).toBe('0');
    await term.hover();
    await poll(opacity).toBe('1');
    const presenter = await newPage();
    await openSlide(presenter, server.url, '/presenter/3');
    const shown = presenter.locator('.docker-terminal.presenter[data-host="live"] .actions').first();
    await poll(() => shown.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
  });

  it('copies the screen as plain text: prompts, commands and output', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url });
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    await typeLine(term, 'docker run -d --name copyme nginx');
    await typeLine(term, 'docker ps --format "{{.Names}}: {{.Status}}"');
    await poll(() => term.locator('.entry').count()).toBe(2);
    await term.locator('button.copy').click();
    await poll(() => term.locator('button.copy').innerText()).toBe('Copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(
      /^\$ docker run -d --name copyme nginx\n[0-9a-f]{64}\n\$ docker ps --format "\{\{\.Names\}\}: \{\{\.Status\}\}"\ncopyme: Up \d+ seconds\n$/,
    );
  });

  it('recalls history with arrows, completes with Tab, clears with Ctrl+L and `clear`', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    const input = prompt(term);

    await typeLine(term, 'docker images');
    await poll(() => term.locator('.entry').count()).toBe(1);
    await input.press('ArrowUp');
    expect(await input.inputValue()).toBe('docker images');
    await input.press('ArrowDown');
    expect(await input.inputValue()).toBe('');

    await input.pressSequentially('docker histo');
    await input.press('Tab');
    expect(await input.inputValue()).toBe('docker history ');
    // Two candidates: Tab extends to what they share, then lists them.
    await input.fill('docker ima');
    await input.press('Tab');
    expect(await input.inputValue()).toBe('docker image');
    await input.press('Tab');
    expect(await term.locator('.listing').innerText()).toBe('image  images');
    await poll(() => input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('');

    await input.press('Control+l');
    await poll(() => term.locator('.entry').count()).toBe(0);
    await typeLine(term, 'docker ps');
    await poll(() => term.locator('.entry').count()).toBe(1);
    await typeLine(term, 'clear');
    await poll(() => term.locator('.entry').count()).toBe(0);
    expect(page.url()).toMatch(/\/3$/);
  });

  it('shows markup in a command as text and runs nothing', async () => {
    const page = await newPage();
    let dialogs = 0;
    page.on('dialog', (d) => {
      dialogs++;
      void d.dismiss();
    });
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    const line = `docker run --name '<img src=x onerror=alert(1)>' nginx`;
    await typeLine(term, line);
    await poll(() => term.locator('.entry').count()).toBe(1);
    const entry = term.locator('.entry').first();
    expect(await entry.locator('.command').innerText()).toBe(`$ ${line}`);
    expect(await entry.getAttribute('data-exit-code')).not.toBe('0');
    expect(await page.locator('.slidev-page img, .docker-terminal img').count()).toBe(0);
    expect(await page.locator('.image-fanout .card.container').locator('visible=true').count()).toBe(0);
    expect(dialogs).toBe(0);
  });

  it('keeps typed lines across slides and forgets them on Reset only', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    const term = terminal(page, 'live');
    await typeLine(term, 'docker run -d --name keep nginx');
    await poll(() => term.locator('.entry').count()).toBe(1);

    await nextClick(page);
    await page.waitForURL(/\/4$/);
    await prevClick(page);
    await page.waitForURL(/\/3/);
    await poll(() => terminal(page, 'live').locator('.entry').count()).toBe(1);
    expect(await screenText(terminal(page, 'live'))).toContain('docker run -d --name keep nginx');

    await terminal(page, 'live').locator('button.reset').click();
    await poll(() => terminal(page, 'live').locator('.entry').count()).toBe(0);
    await poll(() => page.locator('.image-fanout [data-container="keep"]').count()).toBe(0);
  });

  it('is reachable and usable with the keyboard alone', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    await resetLive(page, 'live');
    await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
    const inPrompt = () => page.evaluate(() => document.activeElement?.matches('.docker-terminal[data-host="live"] input.input') ?? false);
    let presses = 0;
    while (!(await inPrompt()) && presses < 40) {
      await page.keyboard.press('Tab');
      presses++;
    }
    expect(await inPrompt(), `the prompt after ${presses} Tab presses`).toBe(true);
    await page.keyboard.type('docker images');
    await page.keyboard.press('Enter');
    await poll(() => screenText(terminal(page, 'live'))).toContain('nginx:latest');
    expect(page.url()).toMatch(/\/3$/);
  });

  it('gives keys back to Slidev after Escape', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/3');
    const input = prompt(terminal(page, 'live'));
    await input.click();
    await input.press('ArrowRight');
    await input.press('Space');
    expect(page.url()).toMatch(/\/3$/);
    await input.press('Escape');
    await page.keyboard.press('ArrowRight');
    await page.waitForURL(/\/4$/);
  });
});

describe('LifecycleDiagram', () => {
  it('draws the static diagram and highlights a live container state', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/4');
    const figures = page.locator('figure.lifecycle').locator('visible=true');
    await poll(() => figures.count()).toBe(2);
    expect(await figures.nth(0).locator('.node.current').count()).toBe(0);
    const live = figures.nth(1);
    expect(await live.getAttribute('data-state')).toBe('none');
    await nextClick(page);
    await poll(() => live.getAttribute('data-state')).toBe('running');
    expect(await live.locator('.node.current').getAttribute('data-node')).toBe('running');
    await nextClick(page);
    await poll(() => live.getAttribute('data-state')).toBe('exited');
    expect(await live.locator('figcaption').innerText()).toBe('web: exited');
  });
});

describe('failures', () => {
  it('shows a failing demo as a small error box and the deck moves on', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/5');
    const box = page.locator('.demo-error[role="alert"]').locator('visible=true');
    await poll(() => box.count()).toBe(1);
    expect(await box.innerText()).toContain('probe failure on purpose');
    await nextClick(page);
    await page.waitForURL(/\/6$/);
    // The URL changes before the old slide leaves the screen: wait for the new heading.
    await poll(() => page.locator('h1').locator('visible=true').first().innerText()).toBe('After broken');
  });
});

describe('presenter and audience', () => {
  it('show what the presenter types and clicks in the audience window', async () => {
    const presenter = await newPage();
    const audience = await newPage();
    await openSlide(presenter, server.url, '/presenter/3');
    await openSlide(audience, server.url, '/3');
    const main = '.slidev-presenter .grid-section.main';
    await resetLive(presenter, 'live');

    await typeLine(terminal(presenter, 'live', main), 'docker run -d --name synced nginx');
    await poll(() => screenText(terminal(audience, 'live'))).toContain('docker run -d --name synced nginx');
    await poll(() => audience.locator('.image-fanout [data-container="synced"]').locator('visible=true').count()).toBe(1);
    expect(await screenText(terminal(audience, 'live'))).toBe(await screenText(terminal(presenter, 'live', main)));

    // Typing shows too, before Enter.
    await prompt(terminal(presenter, 'live', main)).pressSequentially('docker ps');
    await poll(() => prompt(terminal(audience, 'live')).inputValue()).toBe('docker ps');

    // The script follows the presenter's clicks.
    await openSlide(presenter, server.url, '/presenter/2');
    await audience.waitForURL(/\/2(\?|$)/);
    await poll(() => terminal(presenter, 'scripted', main).getAttribute('data-step')).toBe('0');
    await nextClick(presenter);
    await poll(() => terminal(presenter, 'scripted', main).getAttribute('data-step')).toBe('1');
    await poll(() => terminal(audience, 'scripted').getAttribute('data-step')).toBe('1');
    expect(await screenText(terminal(audience, 'scripted'))).toBe(await screenText(terminal(presenter, 'scripted', main)));
  });
});

describe('thumbnails', () => {
  it('shows the next click in the presenter preview and the last in the overview, with no prompt', async () => {
    const page = await newPage();
    await openSlide(page, server.url, '/presenter/2');
    const next = terminal(page, 'scripted', '.slidev-presenter .grid-section.next');
    await poll(() => next.getAttribute('data-step')).toBe('1');
    expect(await terminal(page, 'scripted', '.slidev-presenter .grid-section.main').getAttribute('data-step')).toBe('0');
    expect(await next.locator('input, button').count()).toBe(0);
    expect((await screenText(next)).trim()).toMatch(/^\$ docker run -d --name web nginx\n[0-9a-f]{64}$/);

    await page.goto(`${server.url}/overview`);
    const card = page.locator('.overview-slide-block .docker-terminal[data-host="scripted"]');
    await poll(() => card.getAttribute('data-step')).toBe('2');
    expect(await card.locator('input, button').count()).toBe(0);
    expect(await screenText(card)).toContain('$ docker ps\nCONTAINER ID');
    // A short session starts at the top of its screen, as on the slide.
    const [screenBox, lineBox] = await Promise.all([card.locator('.screen').boundingBox(), card.locator('.entry').first().boundingBox()]);
    expect(lineBox!.y - screenBox!.y).toBeLessThan(screenBox!.height / 4);
  });
});

describe('accessibility', () => {
  it('uses a log region, honours reduced motion and keeps AA contrast in light and dark', async () => {
    const page = await newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openSlide(page, server.url, '/3');
    const term = terminal(page, 'live');
    await poll(() => term.locator('[role="log"][aria-live="polite"]').count()).toBe(1);
    // No movement at all: the diagrams' colour fades are off, and the terminal never animates.
    const layer = page.locator('.layer-stack .layer').locator('visible=true').first();
    expect(await layer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0s');
    expect(await term.locator('.screen').evaluate((el) => getComputedStyle(el).scrollBehavior)).toBe('auto');

    for (const dark of [false, true]) {
      await page.evaluate((on) => document.documentElement.classList.toggle('dark', on), dark);
      const worst = await page.evaluate(() => {
        const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
        const lum = ([r, g, b]: number[]) => {
          const ch = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
          return 0.2126 * ch(r!) + 0.7152 * ch(g!) + 0.0722 * ch(b!);
        };
        const background = (el: Element | null): number[] => {
          for (; el; el = el.parentElement) {
            const c = rgb(getComputedStyle(el).backgroundColor);
            if (c.length === 3 || (c[3] ?? 0) > 0) return c.slice(0, 3);
          }
          return document.documentElement.classList.contains('dark') ? [18, 18, 18] : [255, 255, 255];
        };
        const selectors = [
          '.docker-terminal .title',
          '.docker-terminal .prompt',
          '.docker-terminal .input',
          '.docker-terminal button',
          '.image-fanout .kind',
          '.image-fanout strong',
          '.image-fanout .muted',
          '.layer-stack .size',
          '.layer-stack .by',
          '.layer-stack .caption',
        ];
        let min = { ratio: Infinity, selector: '' };
        for (const selector of selectors) {
          for (const el of document.querySelectorAll(selector)) {
            if (!(el as HTMLElement).offsetParent) continue;
            const a = lum(rgb(getComputedStyle(el).color));
            const b = lum(background(el));
            const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            if (ratio < min.ratio) min = { ratio, selector };
          }
        }
        return min;
      });
      expect(worst.ratio, `${dark ? 'dark' : 'light'}: ${worst.selector}`).toBeGreaterThanOrEqual(4.5);
    }
    // …and they come back for those who have not asked for less motion.
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    expect(await layer.evaluate((el) => getComputedStyle(el).transitionDuration)).toBe('0.2s');
  });
});

// `slidev --remote=<password>`: the presenter drives the demos from their machine and the audience
// follows on theirs. The audience window is opened on 127.0.0.2, an address a plain `slidev` never
// listens on and one Slidev does not trust as "this machine" (only localhost and 127.0.0.1), so it
// stands for a phone or laptop in the room, offline.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSlide, prompt, screenText, terminal, typeLine } from '../../scripts/lib/deck-page';
import { openBrowserSession, poll, type BrowserSession } from './harness/browserSession';

const PASSWORD = 'workshop';
const MAIN = '.slidev-presenter .grid-section.main';

let session: BrowserSession;

beforeAll(async () => {
  session = await openBrowserSession([`--remote=${PASSWORD}`]);
});

afterAll(async () => {
  await session?.close();
});

describe('slidev --remote', () => {
  it('shows the presenter’s demo to an audience elsewhere, who watch and cannot type into it', async () => {
    const port = new URL(session.server.url).port;
    const presenter = await session.newPage();
    const audience = await session.newPage();
    await openSlide(presenter, `http://127.0.0.1:${port}`, `/presenter/3?password=${PASSWORD}`);
    await openSlide(audience, `http://127.0.0.2:${port}`, '/3');
    const own = terminal(presenter, 'live', MAIN);
    const theirs = terminal(audience, 'live');
    // The slide can be on screen before its demo has mounted (more so on a busy machine).
    await Promise.all([own.waitFor(), theirs.waitFor()]);

    await own.locator('button.reset').click();
    await poll(() => theirs.locator('.entry[data-source="live"]').count()).toBe(0);

    // The audience's terminal follows: no prompt of its own, no Reset.
    await theirs.locator('.prompt-line.following').waitFor();
    expect(await theirs.locator('input').count()).toBe(0);
    expect(await theirs.locator('button.reset').count()).toBe(0);
    expect(await own.locator('input.input').count()).toBe(1);

    // What the presenter types shows as it is typed, then runs in both windows.
    await prompt(own).click();
    await prompt(own).pressSequentially('docker run -d --name far nginx');
    await poll(() => theirs.locator('.following .draft').innerText()).toBe('docker run -d --name far nginx');
    await prompt(own).press('Enter');
    await poll(() => audience.locator('.image-fanout [data-container="far"]').locator('visible=true').count()).toBe(1);
    await poll(() => screenText(theirs)).toBe(await screenText(own));
    expect(await screenText(theirs)).toMatch(/\$ docker run -d --name far nginx\n[0-9a-f]{64}/);

    // Clicking the audience's terminal gives it no prompt to type into; keys stay Slidev's.
    await theirs.locator('.screen').click();
    expect(await audience.evaluate(() => document.activeElement?.closest('.docker-terminal') ?? null)).toBeNull();
    await typeLine(own, 'docker ps --format {{.Names}}');
    await poll(() => screenText(theirs)).toContain('$ docker ps --format {{.Names}}\nfar');

    // The presenter's Reset takes every window back to the script.
    await own.locator('button.reset').click();
    await poll(() => theirs.locator('.entry[data-source="live"]').count()).toBe(0);
    await poll(() => audience.locator('.image-fanout [data-container="far"]').count()).toBe(0);
  });
});

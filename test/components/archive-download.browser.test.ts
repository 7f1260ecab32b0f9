// The slide terminal's download link (components/DockerTerminalView.vue, composables/archiveDownload.ts)
// on the real deck's `docker save` slide, in Chromium on a dev server: a typed `docker save -o`
// offers the archive, the downloaded bytes are an OCI layout whose blobs hash to their names, and
// a reset takes the link away and revokes its Blob URL. Runs alone with
// `npx vitest run --config test/components/harness/vitest.config.ts test/components/archive-download.browser.test.ts`.

import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { humanSize } from '../../engine/index';
import { readTar } from '../../engine/model/tar-read';
import { launchChromium } from '../../scripts/lib/chromium';
import { deckSlides } from '../deck/deck-slides';
import { poll } from './harness/browserSession';
import { openSlide, terminal, typeLine } from '../../scripts/lib/deck-page';
import { ROOT, startSlidev, type SlidevServer } from '../../scripts/lib/slidev-server';

const HOST = 'travel-save';
let browser: Browser;
let server: SlidevServer;
let slideNo = 0;

beforeAll(async () => {
  const entry = resolve(ROOT, 'slides.md');
  slideNo = (await deckSlides(entry)).find((s) => s.title === 'docker save ships the image itself')!.no;
  [server, browser] = await Promise.all([startSlidev(entry, [], 180_000), launchChromium()]);
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function openSaveSlide(path: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 }, acceptDownloads: true });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  page.on('pageerror', (e) => console.error('[page error]', e.message));
  await openSlide(page, server.url, path);
  return page;
}

describe('the download link of a slide terminal', () => {
  it('offers the archive docker save -o wrote, with its real bytes, and forgets it on reset', async () => {
    const page = await openSaveSlide(`/${slideNo}`);
    try {
      const term = terminal(page, HOST);
      await poll(() => term.getAttribute('data-step')).toBe('0');
      const link = term.locator('a.download');
      expect(await link.count()).toBe(0);

      await typeLine(term, 'docker save -o nginx.tar nginx');
      await poll(() => link.count()).toBe(1);
      const label = await link.innerText();
      expect(label).toMatch(/^download nginx\.tar \(\d+(\.\d+)?kB\)$/);
      expect(await link.getAttribute('download')).toBe('nginx.tar');
      const url = (await link.getAttribute('href'))!;
      expect(url).toMatch(/^blob:/);

      // A person looks at it: the link beside Copy and Reset while the terminal has the focus.
      mkdirSync(join(ROOT, 'reports/screenshots'), { recursive: true });
      await page.screenshot({ path: join(ROOT, 'reports/screenshots/archive-download.png') });

      const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
      expect(download.suggestedFilename()).toBe('nginx.tar');
      const bytes = new Uint8Array(readFileSync((await download.path())!));
      expect(label).toBe(`download nginx.tar (${humanSize(bytes.length)})`);
      const items = readTar(bytes);
      const names = items.map((i) => i.name);
      expect(names).toEqual(expect.arrayContaining(['oci-layout', 'index.json', 'manifest.json']));
      const index = JSON.parse(new TextDecoder().decode(items.find((i) => i.name === 'index.json')!.data)) as {
        schemaVersion: number;
        manifests: { digest: string }[];
      };
      expect(index.schemaVersion).toBe(2);
      expect(index.manifests.length).toBeGreaterThan(0);
      const blobs = items.filter((i) => i.name.startsWith('blobs/sha256/') && !i.name.endsWith('/'));
      expect(blobs.length).toBeGreaterThanOrEqual(3);
      for (const blob of blobs) expect(`blobs/sha256/${createHash('sha256').update(blob.data).digest('hex')}`).toBe(blob.name);
      for (const m of index.manifests) expect(names).toContain(`blobs/sha256/${m.digest.replace('sha256:', '')}`);

      // Off the terminal (no hover, no focus) the link hides with Copy and Reset, as on a projector.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      await page.mouse.move(2, 2);
      await poll(() => term.locator('.actions').evaluate((e) => getComputedStyle(e).opacity)).toBe('0');

      // Reset: the live line is gone, so is the archive, its link and its Blob URL.
      await term.hover();
      await term.locator('button.reset').click();
      await poll(() => link.count()).toBe(0);
      expect(
        await page.evaluate(
          (u) =>
            fetch(u).then(
              () => 'fetched',
              () => 'revoked',
            ),
          url,
        ),
      ).toBe('revoked');
    } finally {
      await page.context().close();
    }
  });

  it('is not drawn where nobody clicks: the printed slide (Slidev print mode)', async () => {
    // The script's first click saves the archive; print mode shows every line's result.
    const page = await openSaveSlide(`/${slideNo}?print`);
    try {
      const term = terminal(page, HOST);
      await poll(() => term.locator('.entry').count()).toBe(4);
      expect(await term.locator('a.download').count()).toBe(0);
      expect(await term.locator('.actions').count()).toBe(0);
    } finally {
      await page.context().close();
    }
  });
});

// One Slidev dev server and one Chromium context for a browser test file, and the two helpers
// every such file needs. One context for all pages: the dev server's modules stay in its cache,
// so pages open in seconds instead of recompiling; pages are still separate windows.

import { expect } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../../../scripts/lib/chromium';
import { startSlidev, type SlidevServer } from '../../../scripts/lib/slidev-server';

export interface BrowserSession {
  server: SlidevServer;
  browser: Browser;
  context: BrowserContext;
  /** A new window, with page errors echoed to the test's output. */
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

/** `slidevArgs`, e.g. ['--remote=secret'], are passed to `slidev`. */
export async function openBrowserSession(slidevArgs: string[] = []): Promise<BrowserSession> {
  const [server, browser] = await Promise.all([startSlidev(undefined, slidevArgs), launchChromium()]);
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  return {
    server,
    browser,
    context,
    async newPage() {
      const page = await context.newPage();
      page.setDefaultTimeout(30_000);
      page.on('pageerror', (e) => console.error('[page error]', e.message));
      return page;
    },
    async close() {
      await context.close();
      await browser.close();
      await server.stop();
    },
  };
}

/** Waits for a condition: generous, because a busy CI machine is slow, not wrong. */
export function poll<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 20_000, interval: 100 });
}

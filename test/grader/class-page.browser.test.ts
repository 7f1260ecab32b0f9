// reports/class/index.html in Chromium: offline (no request leaves the page), a pass-rate bar
// per exercise, rows sorted by a column click, a learner's failing messages one click away.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { Browser } from 'playwright-core';
import { indexHtml } from '../../grader/class/outputs';
import type { ClassResult } from '../../grader/class/regrade';
import { launchChromium } from '../../scripts/lib/chromium';

const result: ClassResult = {
  commit: '0123456789abcdef0123456789abcdef01234567',
  seed: 99,
  gradedAt: '2026-12-07T21:00:00.000Z',
  maxScore: 15,
  exercises: [
    { id: '02-blueprint-or-house', title: 'Blueprint or house?', points: 5 },
    { id: '13-image-id', title: 'Content-addressed image IDs', points: 10 },
  ],
  learners: [
    {
      learner: 'bob',
      source: 'bob.zip',
      total: 5,
      exercises: [
        { id: '02-blueprint-or-house', status: 'passed', points: 5, maxPoints: 5, failing: [] },
        {
          id: '13-image-id',
          status: 'in_progress',
          points: 0,
          maxPoints: 10,
          failing: ['chainId follows the recursion: expected <x>, got sha256:0'],
        },
      ],
    },
    {
      learner: 'alice',
      source: 'alice',
      total: 15,
      exercises: [
        { id: '02-blueprint-or-house', status: 'passed', points: 5, maxPoints: 5, failing: [] },
        { id: '13-image-id', status: 'passed', points: 10, maxPoints: 10, failing: [] },
      ],
    },
    { learner: 'dave', source: 'dave.txt', broken: 'not a folder, a .zip or a .tar.gz', total: 0, exercises: [] },
  ],
};

let browser: Browser;
let dir: string;
beforeAll(async () => {
  browser = await launchChromium();
  dir = mkdtempSync(join(tmpdir(), 'class-page-'));
});
afterAll(async () => {
  await browser?.close();
  rmSync(dir, { recursive: true, force: true });
});

test('the class page works offline: bars, sorting, failing messages on a click', async () => {
  const file = join(dir, 'index.html');
  writeFileSync(file, indexHtml(result));
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(file).href);
  expect(await page.locator('ul.rates li .rate').allTextContents()).toEqual(['100% (2/2)', '50% (1/2)']);
  const names = () => page.locator('#roster tbody th summary').allTextContents();
  expect(await names()).toEqual(['bob', 'alice', 'dave']);
  await page.click('#roster thead th[data-col="3"]');
  expect(await names()).toEqual(['dave', 'bob', 'alice']);
  await page.click('#roster thead th[data-col="3"]');
  expect(await names()).toEqual(['alice', 'bob', 'dave']);
  const message = page.getByText('chainId follows the recursion: expected <x>, got sha256:0');
  expect(await message.isVisible()).toBe(false);
  await page.click('summary:text-is("bob")');
  expect(await message.isVisible()).toBe(true);
  await page.screenshot({ path: join(tmpdir(), 'class-page.png'), fullPage: true });
  expect(requests).toEqual([pathToFileURL(file).href]);
});

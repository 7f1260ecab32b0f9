// The kit's browser for its benches and browser tests: the system's Chromium through playwright-core
// (never a downloaded one; see .npmrc), with the flags every run uses on a shared, headless machine.
import { chromium, type Browser } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export async function launchChromium(): Promise<Browser> {
  const found = findChrome();
  if ('error' in found) throw new Error(`${found.error} Install Chromium (Debian: apt-get install -y chromium) or set CHROME_PATH.`);
  return chromium.launch({ executablePath: found.path, args: ARGS });
}

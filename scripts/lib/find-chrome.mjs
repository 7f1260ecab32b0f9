// @ts-check
// Finds a Chrome/Chromium/Edge already installed on this machine. Playwright never downloads a
// browser for this kit (.npmrc), so export and build drive the system's browser instead.
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** Executable names looked up on PATH, most specific first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'microsoft-edge'];

/** Standard install locations that are usually not on PATH. */
const FIXED_PATHS = {
  linux: [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/snap/bin/chromium',
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: ['Google/Chrome/Application/chrome.exe', 'Microsoft/Edge/Application/msedge.exe'],
};

/**
 * @param {NodeJS.ProcessEnv} env
 * @returns {string[]} candidate paths in the order they are tried
 */
export function chromeCandidates(env = process.env, platform = process.platform) {
  if (platform === 'win32') {
    const bases = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((b) => !!b);
    return bases.flatMap((base) => FIXED_PATHS.win32.map((rel) => join(/** @type {string} */ (base), rel)));
  }
  const fixed = platform === 'darwin' ? FIXED_PATHS.darwin : FIXED_PATHS.linux;
  const onPath = (env.PATH ?? '')
    .split(delimiter)
    .filter(Boolean)
    .flatMap((dir) => PATH_NAMES.map((name) => join(dir, name)));
  return [...fixed, ...onPath];
}

/**
 * CHROME_PATH wins when set (and must exist); otherwise the first installed candidate.
 * @returns {{ path: string } | { error: string }}
 */
export function findChrome(env = process.env, platform = process.platform) {
  const forced = env.CHROME_PATH?.trim();
  if (forced) {
    return existsSync(forced) ? { path: forced } : { error: `CHROME_PATH is set to "${forced}", but no file exists there.` };
  }
  const found = chromeCandidates(env, platform).find((p) => existsSync(p));
  return found ? { path: found } : { error: 'No Chrome or Chromium browser was found on this machine.' };
}

/** What to install, in the words of each platform. */
export function installAdvice(platform = process.platform) {
  const lines = {
    linux: 'Debian/Ubuntu: sudo apt-get install -y chromium   (Fedora: sudo dnf install chromium)',
    darwin: 'macOS: install Google Chrome from https://www.google.com/chrome/ (or: brew install --cask google-chrome)',
    win32: 'Windows: install Google Chrome, or use the Microsoft Edge that ships with Windows',
  };
  return [
    lines[/** @type {'linux'|'darwin'|'win32'} */ (platform)] ?? lines.linux,
    'Or point CHROME_PATH at any Chrome/Chromium executable, e.g. CHROME_PATH=/path/to/chrome npm run export',
  ];
}

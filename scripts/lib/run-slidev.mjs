// @ts-check
// Runs the project's own Slidev CLI with the system browser, and turns "no browser" into a short,
// actionable message instead of Playwright's stack trace.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { findChrome, installAdvice } from './find-chrome.mjs';

const require = createRequire(import.meta.url);

/** Absolute path of node_modules/@slidev/cli/bin/slidev.mjs (works on every OS, no shell). */
export function slidevBin() {
  return join(dirname(require.resolve('@slidev/cli/package.json')), 'bin', 'slidev.mjs');
}

/**
 * The deck's `exportFilename` from its headmatter, so the PDF is named as the deck says.
 * @param {string} entry path of slides.md
 */
export function exportFilename(entry) {
  const text = readFileSync(entry, 'utf8');
  const headmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text)?.[1] ?? '';
  const value = /^exportFilename:\s*['"]?([^'"\r\n]+?)['"]?\s*$/m.exec(headmatter)?.[1];
  return value ?? 'slides-export';
}

/** Prints why nothing can be exported and exits non-zero (no stack trace). */
export function chromeOrExit(what = 'export the PDF') {
  const found = findChrome();
  if ('path' in found) return found.path;
  console.error(`\n✖ Cannot ${what}: ${found.error}`);
  console.error('  Slidev prints the slides with a Chrome-family browser. Install one:');
  for (const line of installAdvice()) console.error(`    ${line}`);
  console.error('');
  process.exit(1);
}

/** True when the user already passed `--name` or `--name=value`. */
export function hasFlag(args, name) {
  return args.some((a) => a === name || a.startsWith(`${name}=`));
}

/**
 * Runs `slidev <args>` and resolves to its exit code.
 * @param {string[]} args
 * @returns {Promise<number>}
 */
export function runSlidev(args) {
  console.log(`> slidev ${args.join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [slidevBin(), ...args], { stdio: 'inherit' });
    child.on('error', (err) => {
      console.error(`✖ Could not start Slidev: ${err.message}`);
      resolve(1);
    });
    child.on('exit', (code, signal) => resolve(code ?? (signal ? 1 : 0)));
  });
}

// @ts-check
// `npm run export [-- extra slidev flags]`: writes exports/<exportFilename>.pdf with every slide in
// its final state and a clickable outline, printed by the system's Chrome/Chromium.
//
// Why through `slidev build` and not `slidev export`: `slidev export` prints from Vite's dev
// server, which re-bundles dependencies when its cache is stale and then reloads the page; a
// reload after the page looked idle gave blank PDFs here. The built site is static files, so the
// print page cannot reload under Chromium. `--download` makes the build print the PDF; `--output`
// sends it to exports/, and the site itself goes to a temporary folder that is removed.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromeOrExit, exportFilename, hasFlag, runSlidev } from './lib/run-slidev.mjs';

const entry = 'slides.md';
const extra = process.argv.slice(2);
const chrome = chromeOrExit('export the PDF');

const site = mkdtempSync(join(tmpdir(), 'deck-export-'));
const args = ['build', entry, '--download', '--out', site, '--executable-path', chrome, '--with-toc'];
if (!hasFlag(extra, '--output')) {
  mkdirSync('exports', { recursive: true });
  args.push('--output', join('exports', `${exportFilename(entry)}.pdf`));
}
// A busy 2-core machine renders the print page slowly; Slidev's 30 s default is too tight.
if (!hasFlag(extra, '--timeout')) args.push('--timeout', '120000');

const code = await runSlidev([...args, ...extra]);
rmSync(site, { recursive: true, force: true });
if (code === 0)
  console.log(`✓ PDF written to ${hasFlag(extra, '--output') ? 'the --output path' : join('exports', `${exportFilename(entry)}.pdf`)}`);
process.exit(code);

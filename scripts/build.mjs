// @ts-check
// `npm run build [-- --base /sub/path/]`: the static site in dist/. The deck's headmatter asks for a
// PDF download button (`download: true`), so Slidev prints the PDF during the build: that needs the
// system's Chrome/Chromium, and the same outline as `npm run export`.
import { chromeOrExit, hasFlag, runSlidev } from './lib/run-slidev.mjs';

const extra = process.argv.slice(2);
const chrome = chromeOrExit('build the site with its PDF download');

const args = ['build', 'slides.md', '--executable-path', chrome, '--with-toc'];
if (!hasFlag(extra, '--timeout')) args.push('--timeout', '120000');

process.exit(await runSlidev([...args, ...extra]));

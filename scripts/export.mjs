// @ts-check
// `npm run export [-- extra slidev flags]`: writes exports/<exportFilename>.pdf with every slide in
// its final state and a clickable outline, printed by the system's Chrome/Chromium.
import { mkdirSync } from 'node:fs'
import { chromeOrExit, exportFilename, hasFlag, runSlidev } from './lib/run-slidev.mjs'

const entry = 'slides.md'
const extra = process.argv.slice(2)
const chrome = chromeOrExit('export the PDF')

const args = ['export', entry, '--executable-path', chrome, '--with-toc']
if (!hasFlag(extra, '--output')) {
  mkdirSync('exports', { recursive: true })
  args.push('--output', `exports/${exportFilename(entry)}.pdf`)
}
// A busy 2-core machine renders the print page slowly; Slidev's 30 s default is too tight.
if (!hasFlag(extra, '--timeout')) args.push('--timeout', '120000')

process.exit(await runSlidev([...args, ...extra]))

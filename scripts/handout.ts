// `npm run handout [-- --site dist] [--output file.pdf]`: the self-study handout,
// exports/<exportFilename>-handout.pdf. Each slide in its final state (as the slide PDF prints it)
// above its speaker notes, rendered as text with every source a clickable link, after an outline
// page; the PDF's bookmarks are the slide titles as plain text.
//
// Slidev 52 has no such export: `slidev export-notes` prints the notes without the slides and
// `--format md` writes Markdown beside PNGs. So the handout is printed here from the built site:
// Slidev's own print page gives each slide's final state, and the notes come from Slidev's parser.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { load } from '@slidev/parser/fs';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';
import { chromeOrExit, exportFilename, runSlidev } from './lib/run-slidev.mjs';
import { serveDir } from './lib/static-server';

const root = resolve(import.meta.dirname, '..');
const entry = join(root, 'slides.md');

function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

interface HandoutSlide {
  no: number;
  title: string;
  section: boolean;
  notesHtml: string;
}

// `breaks`: the notes' line structure is kept (click-by-click lists are one line per click).
const md = new MarkdownIt({ html: false, linkify: true, typographer: false, breaks: true });

/** Notes as the reader sees them: Markdown rendered, bare web addresses made links. */
function notesHtml(note: string): string {
  return md.render(note);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

async function deckSlides(): Promise<HandoutSlide[]> {
  const data = await load({ userRoot: root, roots: [root] }, entry);
  return data.slides
    .filter((s) => !s.frontmatter.disabled && !s.frontmatter.hide)
    .map((s, i) => ({
      no: i + 1,
      title: (s.title ?? '').trim() || `Slide ${i + 1}`,
      section: s.frontmatter.layout === 'section' || i === 0,
      notesHtml: s.note ? notesHtml(s.note) : '',
    }));
}

/** PNGs of every slide in its final state, from Slidev's print page of the built site. */
async function slideImages(siteDir: string, chrome: string): Promise<Buffer[]> {
  const server = await serveDir(siteDir, '/');
  const browser = await chromium.launch({
    executablePath: chrome,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    // The canvas size (980×552), twice the pixels so the handout prints sharp.
    const page = await browser.newPage({ viewport: { width: 980, height: 552 }, deviceScaleFactor: 2 });
    await page.goto(server.url('print?print=true'), { waitUntil: 'networkidle', timeout: 120_000 });
    // As `slidev export` waits: lazy slides loaded, components' data-waitfor targets shown.
    await page
      .locator('.slidev-slide-loading')
      .first()
      .waitFor({ state: 'detached', timeout: 60_000 })
      .catch(() => {});
    for (const el of await page.locator('[data-waitfor]').all()) {
      const target = await el.getAttribute('data-waitfor');
      if (target) await el.locator(target).first().waitFor({ state: 'visible', timeout: 60_000 });
    }
    await page.waitForTimeout(1000);
    const containers = page.locator('.print-slide-container');
    const images: Buffer[] = [];
    for (const container of await containers.all()) images.push(await container.screenshot());
    return images;
  } finally {
    await browser.close();
    await server.close();
  }
}

function handoutHtml(title: string, slides: HandoutSlide[], images: Buffer[]): string {
  const outline = slides
    .map((s) => `<li class="${s.section ? 'section' : ''}"><a href="#slide-${s.no}">${s.no} · ${escapeHtml(s.title)}</a></li>`)
    .join('\n');
  const pages = slides.map((s, i) => {
    const tag = s.section ? 'h1' : 'h2';
    const img = images[i]
      ? `<img src="data:image/png;base64,${images[i].toString('base64')}" alt="Slide ${s.no}: ${escapeHtml(s.title)}">`
      : '';
    return `<section class="slide" id="slide-${s.no}">
<${tag}><span class="no">${s.no}</span> ${escapeHtml(s.title)}</${tag}>
${img}
<div class="notes">${s.notesHtml || '<p><em>No notes on this slide.</em></p>'}</div>
</section>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} · handout</title>
<style>
@page { size: A4; margin: 14mm 14mm 16mm; }
body { font-family: system-ui, "Noto Sans", "DejaVu Sans", sans-serif; font-size: 10.5pt; line-height: 1.45; color: #1f2328; }
h1, h2 { font-size: 14pt; margin: 0 0 6pt; break-after: avoid; }
h1.title { font-size: 22pt; }
.no { color: #57606a; font-weight: normal; margin-right: 0.4em; }
.slide { break-before: page; }
.slide img { display: block; width: 100%; border: 1px solid #d0d7de; break-inside: avoid; break-after: avoid; }
.notes { margin-top: 8pt; }
.notes p { margin: 0 0 6pt; }
code { font-family: "DejaVu Sans Mono", ui-monospace, monospace; font-size: 0.92em; background: #f3f4f6; padding: 0 2px; }
a { color: #0550ae; word-break: break-all; }
.outline ol { list-style: none; padding: 0; columns: 2; column-gap: 18pt; }
.outline li { margin: 0 0 2pt; break-inside: avoid; }
.outline li.section { font-weight: 700; margin-top: 6pt; }
.outline a { color: inherit; text-decoration: none; word-break: normal; }
</style></head>
<body>
<section class="outline">
<h1 class="title">${escapeHtml(title)}</h1>
<p>Self-study handout: every slide in its final state, with the speaker's notes and sources.
The demos run on a simulated Docker host; try any command yourself with the deck (<code>npm run dev</code>).</p>
<h1>Outline</h1>
<ol>
${outline}
</ol>
</section>
${pages.join('\n')}
</body></html>`;
}

async function main(): Promise<number> {
  const chrome = chromeOrExit('print the handout');
  const output = resolve(option('--output') ?? join(root, 'exports', `${exportFilename(entry)}-handout.pdf`));
  let site = option('--site');
  let temp: string | undefined;
  if (!site) {
    temp = mkdtempSync(join(tmpdir(), 'deck-handout-'));
    site = temp;
    const code = await runSlidev(['build', entry, '--out', temp, '--executable-path', chrome, '--timeout', '120000']);
    if (code !== 0) return code;
  }
  try {
    const slides = await deckSlides();
    const images = await slideImages(resolve(site), chrome);
    if (images.length !== slides.length) {
      console.error(`✖ The print page shows ${images.length} slides, the deck has ${slides.length}.`);
      return 1;
    }
    const title = slides[0]?.title ?? 'Slides';
    const browser = await chromium.launch({ executablePath: chrome, args: ['--no-sandbox', '--disable-gpu', '--no-first-run'] });
    try {
      const page = await browser.newPage();
      await page.setContent(handoutHtml(title, slides, images), { waitUntil: 'load' });
      mkdirSync(resolve(output, '..'), { recursive: true });
      await page.pdf({
        path: output,
        format: 'A4',
        printBackground: true,
        outline: true,
        tagged: true,
        displayHeaderFooter: true,
        headerTemplate: '<span></span>',
        footerTemplate:
          '<div style="font-size:8pt;width:100%;text-align:center;color:#57606a"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
      });
    } finally {
      await browser.close();
    }
    console.log(`✓ Handout written to ${output}`);
    return 0;
  } finally {
    if (temp) rmSync(temp, { recursive: true, force: true });
  }
}

process.exit(await main());

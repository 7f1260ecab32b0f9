// The PDF a self-study learner reads: one page per slide, every slide title on its page, every
// demo in its final state (the newest line of each terminal, computed on the engine), and a
// clickable outline naming every titled slide. Checks the PDF behind the built site's download
// button and, when DECK_PDF is set, the output of `npm run export` too.
import { describe, expect, inject, it } from 'vitest';
import { runSnippet } from '../../setup/staticRun';
import { deckSlides, plainText } from './deck-slides';
import { monacoRunBlocks } from './monaco-blocks';
import { pdfOutline, pdfPageTexts, squash } from './pdf-read';

const pdfs = [...inject('sites').map((s) => s.pdf), ...inject('extraPdfs')];
const entry = inject('entry');

describe.each(pdfs)('the PDF %s', (file) => {
  const pages = pdfPageTexts(file);
  const layoutPages = pdfPageTexts(file, { layout: true });

  it('has one page per slide, each with its title', async () => {
    const slides = await deckSlides(entry);
    expect(pages).toHaveLength(slides.length);
    const missing = slides
      .filter((s) => s.heading !== '' && !squash(pages[s.no - 1] ?? '').includes(squash(plainText(s.heading))))
      .map((s) => `slide ${s.no}: ${s.heading}`);
    expect(missing).toEqual([]);
  });

  it('shows every terminal demo in its final state', async () => {
    // Loaded here so a broken engine fails this check alone, not the whole file.
    const { demoExpectations } = await import('./pdf-demo-outputs');
    const expectations = demoExpectations(entry.replace(/[\\/]slides\.md$/, ''));
    expect(expectations.length).toBeGreaterThan(0);
    const missing = expectations
      .filter((e) => !squash(layoutPages[e.slideNo - 1] ?? '').includes(squash(e.text)))
      .map((e) => `${e.where}: "${e.text}" not on page ${e.slideNo}`);
    expect(missing).toEqual([]);
  });

  it('has a clickable outline with every titled slide, sections at the top level', async () => {
    const slides = await deckSlides(entry);
    const { outline } = await pdfOutline(file);
    expect(outline.length).toBeGreaterThan(0);
    expect(outline.filter((o) => !o.clickable)).toEqual([]);
    const titles = outline.map((o) => plainText(o.title));
    const absent = slides.filter((s) => s.title !== '' && !titles.includes(plainText(s.title))).map((s) => s.title);
    expect(absent).toEqual([]);
    const sections = slides.filter((s) => s.layout === 'section').map((s) => plainText(s.title));
    const topLevel = outline.filter((o) => o.depth === 0).map((o) => plainText(o.title));
    expect(sections.filter((t) => !topLevel.includes(t))).toEqual([]);
    // Bookmarks are read as plain text: no Markdown marks (a `code` title needs a `title:`).
    expect(outline.map((o) => o.title).filter((t) => /[`*]|<[a-z]/i.test(t))).toEqual([]);
  });

  it('shows each runnable TypeScript block with the output it prints', async () => {
    const blocks = monacoRunBlocks(entry);
    expect(blocks.length).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const block of blocks) {
      const { lines, error } = runSnippet(block.code);
      expect(error, `slide ${block.slideNo} runs without an error`).toBeUndefined();
      expect(lines.length).toBeGreaterThan(0);
      for (const text of [...block.code.split('\n').filter((l) => l.trim()), ...lines]) {
        if (!squash(layoutPages[block.slideNo - 1] ?? '').includes(squash(text))) missing.push(`slide ${block.slideNo}: ${text}`);
      }
    }
    expect(missing).toEqual([]);
  });
});

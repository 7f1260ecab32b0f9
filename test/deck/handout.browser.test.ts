// The self-study handout (`npm run handout`), printed from the built site: an outline, then every
// slide with its notes as text and every source in the notes a link a reader can click; plain-text
// bookmarks. DECK_HANDOUT=exports/…-handout.pdf checks the file `npm run handout` wrote as well.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { deckSlides, plainText } from './deck-slides';
import { extractSlides } from './demos';
import { pdfLinks, pdfOutline, pdfPageTexts, squash } from './pdf-read';

const root = resolve(import.meta.dirname, '../..');
const site = inject('sites').find((s) => s.base === '/') ?? inject('sites')[0]!;
const printed = join(root, 'reports/handout/handout.pdf');
const files = [printed, ...(process.env.DECK_HANDOUT ? [resolve(root, process.env.DECK_HANDOUT)] : [])];

beforeAll(() => {
  mkdirSync(join(root, 'reports/handout'), { recursive: true });
  const run = spawnSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), 'scripts/handout.ts', '--site', site.dir, '--output', printed],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  if (run.status !== 0) throw new Error(`npm run handout failed (${run.status}):\n${run.stdout}\n${run.stderr}`);
}, 600_000);

/** The notes' words a reader must find: the first sentence-ish run of each note, as plain text. */
function noteOpening(note: string): string {
  return plainText(note.replace(/https?:\/\/\S+/g, '')).slice(0, 60);
}

describe.each(files)('the handout %s', (file) => {
  it('exists', () => {
    expect(existsSync(file)).toBe(true);
  });

  it('shows every slide with its title and its notes as text, after an outline', async () => {
    const slides = await deckSlides();
    const text = pdfPageTexts(file);
    const all = squash(text.join(' '));
    expect(text.length).toBeGreaterThan(slides.length);
    expect(text[0]).toContain('Outline');
    const notes = extractSlides();
    expect(notes).toHaveLength(slides.length);
    const missing = [
      ...slides.filter((s) => !all.includes(squash(plainText(s.title)))).map((s) => `title of slide ${s.no}`),
      ...notes.filter((s) => s.note && !all.includes(squash(noteOpening(s.note)))).map((s) => `notes of slide ${s.slideIndex + 1}`),
    ];
    expect(missing).toEqual([]);
    // Nothing that prints as an empty box without an emoji font.
    expect(text.filter((t) => /\p{Extended_Pictographic}/u.test(t))).toEqual([]);
  });

  it('links every source the notes cite', async () => {
    // Sources are web addresses; `curl http://localhost:…` in the notes is a command, not a source.
    const cited = new Set(
      extractSlides().flatMap((s) => [...(s.note ?? '').matchAll(/https?:\/\/[^\s)<>`]+[^\s)<>`.,;:]/g)].map((m) => m[0])),
    );
    for (const url of cited) if (url.startsWith('http://localhost')) cited.delete(url);
    expect(cited.size).toBeGreaterThan(20);
    const links = new Set(await pdfLinks(file));
    expect([...cited].filter((url) => !links.has(url))).toEqual([]);
  });

  it('has plain-text bookmarks for every slide', async () => {
    const slides = await deckSlides();
    const { outline } = await pdfOutline(file);
    const titles = outline.map((o) => o.title.replace(/^\d+\s+/, ''));
    expect(slides.filter((s) => !titles.includes(plainText(s.title))).map((s) => s.title)).toEqual([]);
    expect(outline.filter((o) => !o.clickable)).toEqual([]);
    expect(outline.map((o) => o.title).filter((t) => /[`*]|<[a-z]/i.test(t))).toEqual([]);
  });
});

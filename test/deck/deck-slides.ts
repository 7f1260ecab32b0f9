// What the deck contains, read by Slidev's own parser (src: includes resolved), so the checks
// follow slides.md and pages/ as they change instead of a hard-coded list.
import { dirname, resolve } from 'node:path';
import { load } from '@slidev/parser/fs';

export interface DeckSlide {
  /** 1-based number, as in the URL and the PDF page. */
  no: number;
  /** Heading text as Slidev reads it (it also names the PDF outline entry); '' if none. */
  title: string;
  /** The first Markdown heading on the slide (what the page shows; slide 1's title is the deck's). */
  heading: string;
  layout: string;
}

const root = resolve(import.meta.dirname, '../..');

export async function deckSlides(entry = resolve(root, 'slides.md')): Promise<DeckSlide[]> {
  const deckRoot = dirname(entry);
  const data = await load({ userRoot: deckRoot, roots: [deckRoot] }, entry);
  return data.slides
    .filter((s) => !s.frontmatter.disabled && !s.frontmatter.hide)
    .map((s, i) => ({
      no: i + 1,
      title: (s.title ?? '').trim(),
      heading: (/^#{1,6}\s+(.+)$/m.exec(s.content)?.[1] ?? s.title ?? '').trim(),
      layout: String(s.frontmatter.layout ?? ''),
    }));
}

/** Markdown and HTML markers stripped, whitespace collapsed: how the title reads on the page. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/<[^>]+>/g, ' ')
    .replace(/[`*_]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

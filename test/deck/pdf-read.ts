// Reads what a person sees in the exported PDF: its text (poppler's pdftotext, installed by
// .ci/browser.sh with apt-get) and its outline, the bookmarks a reader clicks (pdf-lib, the
// library Slidev itself writes the outline with).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFString } from 'pdf-lib';

export interface OutlineEntry {
  title: string;
  /** Depth in the bookmark tree, 0 for top level. */
  depth: number;
  /** Whether the entry jumps somewhere (a /Dest or a /A action). */
  clickable: boolean;
}

/** Unicode and typography folded away, whitespace collapsed: text compared as a reader reads it. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2010-\u2013]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The text of each page (pdftotext ends every page with a form feed), normalized. `layout` keeps
 * the physical layout (right for terminal tables, whose columns the reading order would split).
 */
export function pdfPageTexts(file: string, { layout = false } = {}): string[] {
  const flags = layout ? ['-layout'] : [];
  const run = spawnSync('pdftotext', [...flags, '-enc', 'UTF-8', file, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.error) {
    throw new Error(`Cannot run pdftotext (${run.error.message}). Install poppler: sudo apt-get install -y poppler-utils`);
  }
  if (run.status !== 0) throw new Error(`pdftotext failed on ${file}: ${run.stderr}`);
  return run.stdout.split('\f').slice(0, -1).map(normalizeText);
}

/** For matching text that the page may have wrapped anywhere: no whitespace at all. */
export function squash(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

function titleOf(item: PDFDict): string {
  const title = item.lookup(PDFName.of('Title'));
  return title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '';
}

export async function pdfOutline(file: string): Promise<{ pages: number; outline: OutlineEntry[] }> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const outline: OutlineEntry[] = [];
  const seen = new Set<PDFDict>();
  const walk = (parent: PDFDict, depth: number): void => {
    let item = parent.lookupMaybe(PDFName.of('First'), PDFDict);
    while (item && !seen.has(item)) {
      seen.add(item);
      outline.push({
        title: titleOf(item),
        depth,
        clickable: item.has(PDFName.of('Dest')) || item.has(PDFName.of('A')),
      });
      walk(item, depth + 1);
      item = item.lookupMaybe(PDFName.of('Next'), PDFDict);
    }
  };
  const root = doc.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  if (root) walk(root, 0);
  return { pages: doc.getPageCount(), outline };
}

/** The web addresses the PDF's link annotations open (what a reader can click). */
export async function pdfLinks(file: string): Promise<string[]> {
  const doc = await PDFDocument.load(readFileSync(file), { updateMetadata: false });
  const links: string[] = [];
  for (const page of doc.getPages()) {
    const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
    for (let i = 0; i < (annots?.size() ?? 0); i++) {
      const action = annots!.lookupMaybe(i, PDFDict)?.lookupMaybe(PDFName.of('A'), PDFDict);
      const uri = action?.lookup(PDFName.of('URI'));
      if (uri instanceof PDFString || uri instanceof PDFHexString) links.push(uri.decodeText());
    }
  }
  return links;
}

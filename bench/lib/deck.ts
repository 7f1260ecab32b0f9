// What the benches read from the real deck (slides.md and the pages it includes, through Slidev's
// own parser): its slides, and each slide's terminals with the lines they run. The deck's checks
// read it more strictly (test/deck/demos.ts); a bench only needs the terminals' string lists.
import { resolve } from 'node:path';
import { load } from '@slidev/parser/fs';

const ROOT = resolve(import.meta.dirname, '../..');

/** The body of every slide the deck shows (disabled and hidden ones left out), in order. */
export async function deckSlides(entry = resolve(ROOT, 'slides.md')): Promise<string[]> {
  const data = await load({ userRoot: ROOT, roots: [ROOT] }, entry);
  return data.slides.filter((s) => !s.frontmatter.disabled && !s.frontmatter.hide).map((s) => s.content);
}

export interface TalkTerminal {
  /** 1-based slide number. */
  slide: number;
  /** The `host` prop, or the terminal's place on its slide when it has its own host. */
  host: string;
  setup: string[];
  script: string[];
}

/** Every <DockerTerminal> of the deck, in order. */
export async function talkTerminals(): Promise<TalkTerminal[]> {
  const out: TalkTerminal[] = [];
  (await deckSlides()).forEach((content, i) => {
    const text = withoutCode(content);
    let n = 0;
    for (const tag of text.matchAll(/<DockerTerminal(?=[\s/>])/g)) {
      const attrs = attributes(text, tag.index + tag[0].length);
      out.push({
        slide: i + 1,
        host: attrs.get('host') ?? `#${n}`,
        setup: stringList(attrs, ':setup'),
        script: stringList(attrs, ':script'),
      });
      n++;
    }
  });
  return out;
}

/** Fenced and inline code and HTML comments blanked, so a tag shown as code is not taken for a demo. */
function withoutCode(content: string): string {
  return content
    .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

const NAMED_ENTITIES: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>' };

const ATTRIBUTE = /\s*(?:(\/?>)|([:@]?[A-Za-z_][\w.:-]*)(?:\s*=\s*("[^"]*"|'[^']*'))?)/y;

/** A tag's attributes from `from` to its end, by name as written (`:script`), values unquoted. */
function attributes(text: string, from: number): Map<string, string> {
  const attrs = new Map<string, string>();
  ATTRIBUTE.lastIndex = from;
  for (;;) {
    const m = ATTRIBUTE.exec(text);
    if (!m || m[0].length === 0) throw new Error(`cannot read the tag near "${text.slice(from, from + 60)}"`);
    if (m[1]) return attrs;
    attrs.set(m[2]!, m[3] === undefined ? '' : m[3].slice(1, -1));
  }
}

/** A bound prop holding an array of quoted strings (`:script="['docker ps', 'docker images']"`). */
function stringList(attrs: ReadonlyMap<string, string>, name: string): string[] {
  const raw = attrs.get(name);
  if (raw === undefined) return [];
  const source = raw.replace(/&([a-z]+);/g, (whole, ref: string) => NAMED_ENTITIES[ref] ?? whole).trim();
  if (!source.startsWith('[') || !source.endsWith(']')) throw new Error(`${name} is not an array literal: ${raw}`);
  const items: string[] = [];
  const item = /\s*(['"])((?:\\.|(?!\1)[^\\])*)\1\s*(?:,|$)/y;
  const body = source.slice(1, -1).trim();
  while (item.lastIndex < body.length) {
    const m = item.exec(body);
    if (!m) throw new Error(`${name} holds something other than strings: ${raw}`);
    items.push(m[2]!.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', t: '\t' })[c] ?? c));
  }
  return items;
}

// Reads the deck the way Slidev does (its own parser splits the slides and follows `src:`), and
// pulls out every demo component with its literal props, so tests can replay the demos on the
// engine. Props must be literals (strings, numbers, booleans, arrays of them): a demo whose lines
// are computed could not be checked here, so a non-literal prop is an error, not a skip.
import { readFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseSync } from '@slidev/parser';

export const DEMO_COMPONENTS = ['DockerTerminal', 'LayerStack', 'ImageFanout', 'LifecycleDiagram'] as const;
export type DemoComponent = (typeof DEMO_COMPONENTS)[number];

export type PropValue = string | number | boolean | PropValue[];

export interface Demo {
  /** Markdown file holding the slide, relative to the deck root (e.g. "pages/03-container.md"). */
  file: string;
  /** 0-based position of the slide in the assembled deck (slide number = slideIndex + 1). */
  slideIndex: number;
  /** The `host` prop; without one, a component gets its own host (README.md, "Adding things"). */
  host: string;
  /** Whether `host` was written on the tag (false: the synthetic per-component id above). */
  explicitHost: boolean;
  setup: string[];
  script: string[];
  fails: number[];
  component: DemoComponent;
  /** Every prop, bound (`:x`) or static, by name without the colon. */
  props: Record<string, PropValue>;
}

export interface DeckSlide {
  file: string;
  slideIndex: number;
  /** Slide body without the frontmatter and without the trailing notes comment. */
  content: string;
  /** Speaker notes (the last HTML comment), or undefined. */
  note: string | undefined;
  frontmatter: Record<string, unknown>;
}

export const DECK_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** Every slide of the deck, in presentation order, with `src:` imports expanded. */
export function extractSlides(root: string = DECK_ROOT, entry = 'slides.md'): DeckSlide[] {
  const slides: DeckSlide[] = [];
  const visit = (absPath: string, chain: string[]): void => {
    if (chain.includes(absPath)) throw new Error(`circular src: import of ${relative(root, absPath)}`);
    const parsed = parseSync(readFileSync(absPath, 'utf8'), absPath);
    for (const slide of parsed.slides) {
      const fm = (slide.frontmatter ?? {}) as Record<string, unknown>;
      // Slidev drops disabled/hidden slides from the deck (parser fs.ts loadSlide).
      if (fm.disabled || fm.hide) continue;
      if (typeof fm.src === 'string') {
        if (fm.src.includes('#')) throw new Error(`src: ranges are not supported by this reader (${fm.src})`);
        const target = fm.src.startsWith('/') ? resolve(root, fm.src.slice(1)) : resolve(dirname(absPath), fm.src);
        visit(target, [...chain, absPath]);
        continue;
      }
      slides.push({
        file: relative(root, absPath),
        slideIndex: slides.length,
        content: slide.content,
        note: slide.note,
        frontmatter: fm,
      });
    }
  };
  visit(resolve(root, entry), []);
  return slides;
}

/** Every demo component of the deck, in order. Throws on a prop that is not a literal. */
export function extractDemos(root: string = DECK_ROOT, entry = 'slides.md'): Demo[] {
  return extractSlides(root, entry).flatMap((slide) => demosOfSlide(slide));
}

export function demosOfSlide(slide: DeckSlide): Demo[] {
  const demos: Demo[] = [];
  const text = withoutCode(slide.content);
  const tagStart = new RegExp(`<(${DEMO_COMPONENTS.join('|')})(?=[\\s/>])`, 'g');
  for (const match of text.matchAll(tagStart)) {
    const component = match[1] as DemoComponent;
    const where = `${slide.file} (slide ${slide.slideIndex + 1}) <${component}>`;
    const props = parseAttributes(text, match.index + match[0].length, where);
    const host = props.host;
    if (host !== undefined && typeof host !== 'string') throw new Error(`${where}: host must be a string`);
    demos.push({
      file: slide.file,
      slideIndex: slide.slideIndex,
      host: host ?? `${slide.file}#${slide.slideIndex}#${demos.length}`,
      explicitHost: host !== undefined,
      setup: stringList(props.setup, `${where} setup`),
      script: stringList(props.script, `${where} script`),
      fails: numberList(props.fails, `${where} fails`),
      component,
      props,
    });
  }
  return demos;
}

/** Blanks out fenced and inline code so a tag shown as code is not taken for a demo. */
function withoutCode(content: string): string {
  return content
    .replace(/^(\s*)(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1\2[^\n]*$/gm, (block) => block.replace(/[^\n]/g, ' '))
    .replace(/`[^`\n]*`/g, (code) => ' '.repeat(code.length))
    .replace(/<!--[\s\S]*?-->/g, (comment) => comment.replace(/[^\n]/g, ' '));
}

const ATTRIBUTE = /\s*(?:(\/?>)|([:@]?[A-Za-z_][\w.:-]*)(?:\s*=\s*("[^"]*"|'[^']*'))?)/y;

function parseAttributes(text: string, from: number, where: string): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  ATTRIBUTE.lastIndex = from;
  for (;;) {
    const start = ATTRIBUTE.lastIndex;
    const m = ATTRIBUTE.exec(text);
    if (!m || m[0].length === 0) throw new Error(`${where}: cannot read the tag near "${text.slice(start, start + 40)}"`);
    if (m[1]) return props;
    const rawName = m[2] as string;
    const rawValue = m[3] === undefined ? undefined : decodeEntities(m[3].slice(1, -1));
    const bound = rawName.startsWith(':') || rawName.startsWith('v-bind:');
    const name = rawName.replace(/^(v-bind)?:/, '');
    if (rawName.startsWith('@') || rawName.startsWith('v-on:')) continue;
    if (!bound) {
      props[name] = rawValue ?? true;
      continue;
    }
    if (rawValue === undefined) throw new Error(`${where}: bound prop ${rawName} has no value`);
    props[name] = parseLiteral(rawValue, `${where} ${rawName}`);
  }
}

/** Vue decodes character references in attribute values before compiling the expression. */
function decodeEntities(value: string): string {
  const named: Record<string, string> = { quot: '"', apos: "'", amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
  return value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref.startsWith('#x') || ref.startsWith('#X')) return String.fromCodePoint(parseInt(ref.slice(2), 16));
    if (ref.startsWith('#')) return String.fromCodePoint(parseInt(ref.slice(1), 10));
    return named[ref.toLowerCase()] ?? whole;
  });
}

/** A JavaScript literal: string, number, boolean, or array of those. Nothing is evaluated. */
export function parseLiteral(source: string, where = 'literal'): PropValue {
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`${where}: ${why} at offset ${i} of ${JSON.stringify(source)}`);
  };
  const skipSpace = (): void => {
    while (i < source.length && /\s/.test(source[i] as string)) i++;
  };
  const value = (): PropValue => {
    skipSpace();
    const c = source[i];
    if (c === '[') {
      i++;
      const items: PropValue[] = [];
      skipSpace();
      if (source[i] === ']') {
        i++;
        return items;
      }
      for (;;) {
        items.push(value());
        skipSpace();
        if (source[i] === ',') {
          i++;
          skipSpace();
          if (source[i] === ']') {
            i++;
            return items;
          }
          continue;
        }
        if (source[i] === ']') {
          i++;
          return items;
        }
        fail('expected , or ]');
      }
    }
    if (c === "'" || c === '"') return string(c);
    const word = /^(?:-?\d+(?:\.\d+)?|true|false)/.exec(source.slice(i));
    if (!word) return fail('not a literal (only strings, numbers, booleans and arrays are allowed)');
    i += word[0].length;
    if (word[0] === 'true') return true;
    if (word[0] === 'false') return false;
    return Number(word[0]);
  };
  const string = (quote: string): string => {
    i++;
    let out = '';
    for (;;) {
      const c = source[i];
      if (c === undefined) return fail('unterminated string');
      i++;
      if (c === quote) return out;
      if (c !== '\\') {
        out += c;
        continue;
      }
      const e = source[i++];
      const escapes: Record<string, string> = { n: '\n', t: '\t', r: '\r', '0': '\0' };
      if (e === undefined) return fail('unterminated escape');
      out += escapes[e] ?? e;
    }
  };
  const result = value();
  skipSpace();
  if (i !== source.length) fail('trailing characters');
  return result;
}

function stringList(value: PropValue | undefined, where: string): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v): v is string => typeof v === 'string')) {
    throw new Error(`${where}: expected an array of strings`);
  }
  return value;
}

function numberList(value: PropValue | undefined, where: string): number[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || !value.every((v): v is number => typeof v === 'number' && Number.isInteger(v))) {
    throw new Error(`${where}: expected an array of integers`);
  }
  return value;
}

// ---- Static checks on slide text (offline safety, speaker notes), pure so tests can feed counter-examples.
/** Slide content that would make the deck load something from the network. */
export function remoteEmbeds(content: string): string[] {
  const patterns: RegExp[] = [
    /!\[[^\]]*\]\(\s*<?(?:https?:)?\/\/[^)]*\)/gi, // markdown image
    /<(?:img|iframe|video|audio|source|embed|track|script|link)\b[^>]*\s(?:src|href|data|poster)\s*=\s*["']?(?:https?:)?\/\/[^\s"'>]*/gi,
    /url\(\s*["']?(?:https?:)?\/\/[^)]*\)/gi, // CSS background / font
    /@import\s+(?:url\()?\s*["']?(?:https?:)?\/\/\S*/gi,
    /<(?:Tweet|Youtube|SlidevVideo)\b[^>]*>/g, // Slidev built-ins that embed remote content
  ];
  return patterns.flatMap((p) => [...content.matchAll(p)].map((m) => m[0]));
}

/** Frontmatter values that Slidev turns into remote requests (layout images, iframes). */
export function remoteFrontmatter(frontmatter: Record<string, unknown>): string[] {
  const keys = ['image', 'background', 'url', 'backgroundImage'];
  return keys.flatMap((key) => {
    const value = frontmatter[key];
    return typeof value === 'string' && /^(?:https?:)?\/\//i.test(value.trim()) ? [`${key}: ${value}`] : [];
  });
}

const NUMBER_WORDS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/**
 * The number of clicks a terminal slide takes, as its notes announce it ("four clicks"), or
 * undefined when the notes do not say. The presenter relies on it to know when a demo is over.
 */
export function announcedClicks(note: string): number | undefined {
  const m = /\b(\d+|[a-z]+) clicks?\b/i.exec(note);
  if (!m) return undefined;
  const word = (m[1] as string).toLowerCase();
  const n = /^\d+$/.test(word) ? Number(word) : NUMBER_WORDS.indexOf(word);
  return n >= 0 ? n : undefined;
}

/**
 * Problems with a slide's speaker notes: missing, or not starting with the timing "Time: m:ss" (plain
 * text: an emoji clock is an empty box on a machine without an emoji font).
 */
export function noteProblems(slide: DeckSlide, demos: Demo[]): string[] {
  const where = `slide ${slide.slideIndex + 1} (${slide.file})`;
  const note = slide.note?.trim() ?? '';
  if (note.length < 40) return [`${where}: speaker notes missing or too short`];
  const problems: string[] = [];
  if (!/^Time: (?:\d+:\d\d|remaining time)/.test(note)) problems.push(`${where}: notes do not start with a timing (Time: m:ss)`);
  if (/\p{Extended_Pictographic}/u.test(note))
    problems.push(`${where}: notes use an emoji, which prints as an empty box without an emoji font`);
  const clicks = demos.filter((d) => d.component === 'DockerTerminal').reduce((sum, d) => sum + d.script.length, 0);
  if (clicks > 0) {
    const announced = announcedClicks(note);
    if (announced !== clicks) problems.push(`${where}: notes announce ${announced ?? 'no'} clicks, the terminal script has ${clicks}`);
  }
  return problems;
}

/**
 * The clicks a slide takes, counted as Slidev counts them when it mounts the slide: one per
 * `v-click` element, one per top-level list item inside `<v-clicks>`, one per terminal script
 * line. Each is relative ('+1', Slidev's default); any other form (an `at`, a `v-click="3"`, a
 * `v-after`, …) is returned as a problem, since its count could not be checked here.
 */
export function slideClicks(slide: DeckSlide, demos: Demo[]): number | string {
  const text = withoutCode(slide.content);
  const other = /\bv-(?:after|switch|motion|mark)\b|<v-switch\b|\bv-click(?:s)?="|\bv-click(?:s)?\.|\bat="/.exec(text);
  if (other) return `uses ${other[0]}: give this slide's clicks by hand and teach slideClicks() the form`;
  let total = 0;
  total += [...text.matchAll(/<[a-z][\w-]*\s[^>]*?\bv-click(?=[\s>])/gi)].length;
  for (const block of text.matchAll(/<v-clicks>([\s\S]*?)<\/v-clicks>/g))
    total += block[1]!.split('\n').filter((line) => /^(?:[-*+]|\d+\.)\s/.test(line)).length;
  for (const terminal of demos.filter((d) => d.component === 'DockerTerminal')) {
    if (terminal.props.at !== undefined && terminal.props.at !== '+1') return `a terminal with at="${String(terminal.props.at)}"`;
    total += terminal.script.length;
  }
  return total;
}

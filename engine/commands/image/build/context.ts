// The build context: the files under the context directory on the host's disk (hostFiles), minus
// what .dockerignore excludes. COPY sources are picked from it, and their checksum (paths and
// contents, never mtimes: docs "cache invalidation") goes into the COPY step's cache key.
import { digestOf, byteLength } from '../../../model/digest';
import { normalizePath } from '../../../model/entry';
import type { Daemon } from '../../../daemon/daemon';

export interface BuildContext {
  /** Absolute directory on the host. */
  dir: string;
  /** Path relative to the context ("src/app.js") → content, sorted, .dockerignore applied. */
  files: ReadonlyMap<string, string>;
  /** Bytes of .dockerignore, or undefined when there is none. */
  dockerignore?: string;
}

/** The context directory's files; undefined when the path holds no file at all (no such directory). */
export function readContext(state: Daemon, path: string): BuildContext | undefined {
  const dir = normalizePath(path, state.hostShell.cwd);
  const prefix = dir === '/' ? '/' : dir + '/';
  const all = [...state.hostFiles].filter(([p]) => p.startsWith(prefix)).map(([p, c]) => [p.slice(prefix.length), c] as [string, string]);
  if (all.length === 0) return undefined;
  const dockerignore = all.find(([p]) => p === '.dockerignore')?.[1];
  const patterns = dockerignore ? ignorePatterns(dockerignore) : [];
  const files = new Map(all.filter(([p]) => !ignored(p, patterns)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return { dir, files, ...(dockerignore !== undefined ? { dockerignore } : {}) };
}

/** .dockerignore lines: comments and blanks dropped, `!` re-includes (later lines win). */
function ignorePatterns(text: string): Array<{ re: RegExp; negate: boolean }> {
  return text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => {
      const negate = l.startsWith('!');
      const pattern = normalizePath(negate ? l.slice(1) : l).slice(1);
      return { re: globToRegExp(pattern, true), negate };
    });
}

function ignored(path: string, patterns: Array<{ re: RegExp; negate: boolean }>): boolean {
  let out = false;
  for (const p of patterns) if (p.re.test(path)) out = !p.negate;
  return out;
}

/** `*` and `?` within one path segment, `**` across segments; a match on a directory covers its files. */
function globToRegExp(pattern: string, coverChildren: boolean): RegExp {
  let re = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '*' && pattern[i + 1] === '*') {
      re += '.*';
      i++;
      if (pattern[i + 1] === '/') i++;
    } else if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else re += ch.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${re}${coverChildren ? '(?:/.*)?' : ''}$`);
}

export interface Source {
  /** Path relative to the context. */
  rel: string;
  content: string;
  /** The part of `rel` below the matched source (a copied directory's own name is not kept). */
  under: string;
}

/**
 * The files one COPY source names: a file, a directory (its contents), or a wildcard.
 * Returns undefined when nothing matches (BuildKit: "…: not found").
 */
export function selectSources(ctx: BuildContext, src: string): Source[] | undefined {
  const clean = normalizePath(src).slice(1); // "./a/../b" → "b"; "." → ""
  if (clean === '') return [...ctx.files].map(([rel, content]) => ({ rel, content, under: rel }));
  if (/[*?]/.test(clean)) {
    const re = globToRegExp(clean, false);
    const out: Source[] = [];
    for (const [rel, content] of ctx.files) {
      const top = rel.split('/').slice(0, clean.split('/').length).join('/');
      if (!re.test(top)) continue;
      out.push({ rel, content, under: rel === top ? rel.slice(rel.lastIndexOf('/') + 1) : rel.slice(top.lastIndexOf('/') + 1) });
    }
    return out.length ? out : undefined;
  }
  const file = ctx.files.get(clean);
  if (file !== undefined) return [{ rel: clean, content: file, under: clean.slice(clean.lastIndexOf('/') + 1) }];
  const inDir = [...ctx.files].filter(([rel]) => rel.startsWith(clean + '/'));
  if (inDir.length === 0) return undefined;
  return inDir.map(([rel, content]) => ({ rel, content, under: rel.slice(clean.length + 1) }));
}

/** Whether a source names a single regular file (decides whether a COPY destination is a file). */
export function isSingleFile(ctx: BuildContext, src: string): boolean {
  const clean = normalizePath(src).slice(1);
  return !/[*?]/.test(clean) && ctx.files.has(clean);
}

/** Checksum of the selected files: paths and contents only (mtime ignored, as BuildKit does). */
export function sourcesChecksum(sources: readonly Source[]): string {
  return digestOf(sources.map((s) => `${s.rel}\u0000${digestOf(s.content)}`).join('\n'));
}

/**
 * What "transferring context" reports. BuildKit sends only what changed since the previous
 * build (fsutil sync); the simulator reports the whole context's bytes every time.
 */
export function contextBytes(ctx: BuildContext): number {
  let n = 0;
  for (const content of ctx.files.values()) n += byteLength(content);
  return n;
}

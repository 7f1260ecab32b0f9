// The files a module reaches through relative imports, read from the source text (no compiler):
// used to tell which exercises a changed kit file touches, and which files a learner's file imports.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';

const SPECIFIER =
  /(?:\bimport|\bexport)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|\bimport\s*['"]([^'"]+)['"]|\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)|\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g;

/** Every module specifier written in a source text (static, side-effect, dynamic with a literal, require). */
export function specifiersIn(source: string): string[] {
  const found: string[] = [];
  for (const m of source.matchAll(SPECIFIER)) {
    const spec = m[1] ?? m[2] ?? m[3] ?? m[4];
    if (spec) found.push(spec);
  }
  return found;
}

/** The file a relative specifier names, as TypeScript with tsx resolves it, or undefined. */
export function resolveRelative(fromFile: string, spec: string): string | undefined {
  const base = join(dirname(fromFile), spec);
  const candidates = [base, `${base}.ts`, base.replace(/\.js$/, '.ts'), join(base, 'index.ts')];
  return candidates.find((c) => existsSync(c) && statSync(c).isFile());
}

/** Paths (from root, `/`-separated) of the given files and everything they import relatively, transitively; `edges` caches each file's imports. */
export function importClosure(root: string, files: string[], edges = new Map<string, string[]>()): Set<string> {
  const seen = new Set<string>();
  const queue = files.map((f) => join(root, f));
  while (queue.length > 0) {
    const file = queue.pop()!;
    const rel = relative(root, file).split(sep).join('/');
    if (seen.has(rel) || rel.startsWith('..') || !existsSync(file)) continue;
    seen.add(rel);
    // `edges` remembers each file's imports across calls (one kit check reads each file once).
    let targets = edges.get(file);
    if (!targets) {
      targets = specifiersIn(readFileSync(file, 'utf8'))
        .filter((spec) => spec.startsWith('.'))
        .flatMap((spec) => resolveRelative(file, spec) ?? []);
      edges.set(file, targets);
    }
    queue.push(...targets);
  }
  return seen;
}

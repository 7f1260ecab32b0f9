// Remembers type-check results in reports/typecheck-cache.json, keyed by everything the result
// depends on. Loading the TypeScript compiler is the slowest step of grading; with this, a run
// in which no learner file changed since the last one does not load it at all.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

// Not `import ts from 'typescript'`: this runs in the grader's main thread, which must not pay
// for loading the compiler. The compiler's version and the checker's source (with its options)
// stand for them in the key.
const compilerPackage = createRequire(import.meta.url).resolve('typescript/package.json');
const checkerSource = fileURLToPath(new URL('./typecheck.ts', import.meta.url));

type Entries = Record<string, { key: string; messages: string[] }>;

function cachePath(root: string): string {
  return join(root, 'reports', 'typecheck-cache.json');
}

/** The compiler, its options, the exercise folder's own .ts files and the shared support files. */
export function typecheckKey(root: string, exerciseDir: string, ambient: string[]): string {
  const hash = createHash('sha256').update(readFileSync(compilerPackage)).update(readFileSync(checkerSource));
  const support = join(root, 'exercises', 'support');
  const files = [
    ...readdirSync(exerciseDir)
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => join(exerciseDir, f)),
    ...(existsSync(support)
      ? readdirSync(support)
          .filter((f) => f.endsWith('.ts'))
          .map((f) => join(support, f))
      : []),
    ...ambient,
  ].sort();
  for (const file of files) hash.update(file).update('\0').update(readFileSync(file)).update('\0');
  return hash.digest('hex');
}

export class TypecheckCache {
  private readonly entries: Entries;

  constructor(private readonly root: string) {
    try {
      this.entries = existsSync(cachePath(root)) ? (JSON.parse(readFileSync(cachePath(root), 'utf8')) as Entries) : {};
    } catch {
      this.entries = {}; // a damaged cache only costs one full check
    }
  }

  get(id: string, key: string): string[] | undefined {
    const hit = this.entries[id];
    return hit?.key === key ? hit.messages : undefined;
  }

  set(id: string, key: string, messages: string[]): void {
    this.entries[id] = { key, messages };
  }

  save(): void {
    const path = cachePath(this.root);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, `${JSON.stringify(this.entries, null, 1)}\n`);
  }
}

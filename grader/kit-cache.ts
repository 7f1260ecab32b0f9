// Remembers the kit's own tests' last green run on this machine, so `npm test` skips them while
// nothing they cover has changed. The key hashes every file git tracks (plus untracked, not
// ignored ones outside exercises/) except the files learners edit (the starters named in
// exercises.json), the lockfile, and Node's version and platform. Only a green run is stored.
// CI=true and `--no-cache` never read it.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { loadMetadata } from './metadata';
import type { KitTestsSummary } from './report';

export interface CachedKitRun extends KitTestsSummary {
  key: string;
  /** When the green run finished (ISO 8601). */
  at: string;
}

/** Folders never part of the key when the kit has no git (a downloaded zip). */
const NOT_KIT = new Set(['node_modules', '.git', 'reports', 'dist', 'exports', '.slidev', 'test-results', '.vite']);

export function cachePath(root: string): string {
  return join(root, 'node_modules', '.cache', 'image-is-not-a-container', 'kit-tests.json');
}

function walk(root: string, dir: string, out: string[]): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (NOT_KIT.has(entry.name) && dir === root) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) walk(root, path, out);
    else if (entry.isFile()) out.push(relative(root, path).split(sep).join('/'));
  }
}

/** The kit's files, by path from the root: git's view when there is one, else a walk. */
export function kitFiles(root: string): string[] {
  try {
    const listed = (args: string[]) =>
      execFileSync('git', ['-C', root, 'ls-files', '-z', ...args], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
        maxBuffer: 64 * 1024 * 1024,
      })
        .split('\0')
        .filter(Boolean);
    // A learner's scratch files in exercises/ are theirs; elsewhere a new file (a new test) counts.
    const untracked = listed(['--others', '--exclude-standard']).filter((f) => !f.startsWith('exercises/'));
    return [...new Set([...listed(['--cached']), ...untracked])].sort();
  } catch {
    const out: string[] = [];
    walk(root, root, out);
    return out.sort();
  }
}

export function kitKey(root: string): string {
  const learnerFiles = new Set(loadMetadata(root).map((e) => `exercises/${e.id}/${e.starter}`));
  const hash = createHash('sha256').update(`${process.version} ${process.platform} ${process.arch}\0`);
  const files = kitFiles(root).filter((f) => !learnerFiles.has(f));
  if (!files.includes('package-lock.json')) files.push('package-lock.json');
  for (const file of files) {
    const path = join(root, file);
    const stat = statSync(path, { throwIfNoEntry: false });
    // A deleted tracked file changes the key as much as an edited one; a linked folder (a
    // node_modules symlink, a submodule) is not a file of the kit and is left out.
    if (stat?.isDirectory()) continue;
    hash.update(file).update('\0');
    hash.update(stat?.isFile() ? readFileSync(path) : '(absent)').update('\0');
  }
  return hash.digest('hex');
}

export function readCachedRun(root: string, key: string): CachedKitRun | undefined {
  try {
    const cached = JSON.parse(readFileSync(cachePath(root), 'utf8')) as CachedKitRun;
    return cached.key === key && cached.failed === 0 ? cached : undefined;
  } catch {
    return undefined; // none yet, or damaged: the tests just run
  }
}

export function saveGreenRun(root: string, key: string, run: KitTestsSummary): void {
  if (run.failed > 0) return;
  const path = cachePath(root);
  mkdirSync(dirname(path), { recursive: true });
  const entry: CachedKitRun = { key, at: new Date().toISOString(), passed: run.passed, failed: 0, skipped: run.skipped };
  writeFileSync(path, `${JSON.stringify(entry, null, 2)}\n`);
}

// The tree `docker cp` moves, as its tar stream carries it: entries relative to the copied root,
// read from a container's filesystem and extracted onto either side, and the sizes the CLI's
// summary reports: the files' bytes, and the tar stream (a 512-byte header per entry, content
// padded to 512 bytes, two zero blocks at the end: Go's archive/tar).
import type { CowFs } from './cow';
import { byteLength } from './digest';
import { normalizePath } from './entry';

/** One copied entry; `rel` is relative to the copied root ("" is the root itself). */
export interface CopyItem {
  rel: string;
  kind: 'file' | 'dir' | 'symlink';
  content: string;
}

const BLOCK = 512;

export const contentBytes = (items: readonly CopyItem[]) => items.reduce((n, i) => n + (i.kind === 'file' ? byteLength(i.content) : 0), 0);

export const tarBytes = (items: readonly CopyItem[]) =>
  items.reduce((n, i) => n + BLOCK + Math.ceil((i.kind === 'file' ? byteLength(i.content) : 0) / BLOCK) * BLOCK, 2 * BLOCK);

export const joinRel = (dir: string, rel: string) => (rel === '' ? dir : normalizePath(`${dir}/${rel}`));

/** The tree at `path` in a container's filesystem (symlinks copied as links), or undefined. */
export function readFsTree(fs: CowFs, path: string): CopyItem[] | undefined {
  const root = fs.lstat(path);
  if (!root) return undefined;
  const items: CopyItem[] = [];
  const visit = (abs: string, rel: string) => {
    const e = fs.lstat(abs);
    if (!e) return;
    if (e.type === 'dir') {
      items.push({ rel, kind: 'dir', content: '' });
      for (const name of fs.list(abs)) visit(joinRel(abs, name), rel ? `${rel}/${name}` : name);
    } else items.push({ rel, kind: e.type, content: e.type === 'file' ? e.content : '' });
  };
  visit(path, '');
  return items;
}

/** The side a tree is written to: what is at a path, and how to make a directory or a file. */
export interface CopyTarget {
  kindAt(path: string): 'file' | 'dir' | undefined;
  mkdir(path: string): void;
  writeFile(path: string, content: string): void;
}

export function fsTarget(fs: CowFs): CopyTarget {
  return {
    kindAt: (p) => {
      const e = fs.stat(p);
      return e ? (e.type === 'dir' ? 'dir' : 'file') : undefined;
    },
    mkdir: (p) => fs.mkdir(p, true),
    writeFile: (p, content) => fs.writeFile(p, content),
  };
}

/** What stopped an extraction: a directory where a file was to go (`directory` false), or the reverse. */
export interface OverwriteRefusal {
  path: string;
  /** The extraction point. */
  dir: string;
  /** True when a directory would have replaced a file. */
  directory: boolean;
}

/**
 * Extracts the tree into `dir` under `name` ("." merges the root's contents into `dir`), refusing
 * to put a file where a directory is or the reverse (go-archive Untar, NoOverwriteDirNonDir).
 * Symlinks are not recreated (neither side models creating them). Returns the refusal, or null.
 */
export function extractTree(target: CopyTarget, items: readonly CopyItem[], dir: string, name: string): OverwriteRefusal | null {
  const base = name === '.' ? dir : joinRel(dir, name);
  for (const item of items) {
    const path = joinRel(base, item.rel);
    const existing = target.kindAt(path);
    if (item.kind === 'dir') {
      if (existing === 'file') return { path, dir, directory: true };
      if (!existing) target.mkdir(path);
    } else if (item.kind === 'file') {
      if (existing === 'dir') return { path, dir, directory: false };
      target.writeFile(path, item.content);
    }
  }
  return null;
}

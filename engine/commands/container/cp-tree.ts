// The tree `docker cp` moves, read from and written to either side, and the sizes its summary
// reports: the files' bytes, and the tar stream that carries them (a 512-byte header per entry,
// content padded to 512 bytes, two zero blocks at the end: Go's archive/tar).
import type { Daemon } from '../../daemon/daemon';
import type { CowFs } from '../../model/cow';
import { byteLength } from '../../model/digest';
import { normalizePath } from '../../model/entry';
import { hostChildren, isHostDir } from '../../shell/host-disk';

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

const join = (dir: string, rel: string) => (rel === '' ? dir : normalizePath(`${dir}/${rel}`));

/** The tree at `path` in a container's filesystem (symlinks copied as links), or undefined. */
export function readContainerTree(fs: CowFs, path: string): CopyItem[] | undefined {
  const root = fs.lstat(path);
  if (!root) return undefined;
  const items: CopyItem[] = [];
  const visit = (abs: string, rel: string) => {
    const e = fs.lstat(abs);
    if (!e) return;
    if (e.type === 'dir') {
      items.push({ rel, kind: 'dir', content: '' });
      for (const name of fs.list(abs)) visit(join(abs, name), rel ? `${rel}/${name}` : name);
    } else items.push({ rel, kind: e.type, content: e.type === 'file' ? e.content : '' });
  };
  visit(path, '');
  return items;
}

/** The tree at `path` on the host's disk, or undefined. */
export function readHostTree(state: Daemon, path: string): CopyItem[] | undefined {
  const file = state.hostFiles.get(path);
  if (file !== undefined) return [{ rel: '', kind: 'file', content: file }];
  if (!isHostDir(state, path)) return undefined;
  const items: CopyItem[] = [];
  const visit = (abs: string, rel: string) => {
    const content = state.hostFiles.get(abs);
    if (content !== undefined) {
      items.push({ rel, kind: 'file', content });
      return;
    }
    items.push({ rel, kind: 'dir', content: '' });
    for (const name of hostChildren(state, abs)) visit(join(abs, name), rel ? `${rel}/${name}` : name);
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

export function containerTarget(fs: CowFs): CopyTarget {
  return {
    kindAt: (p) => {
      const e = fs.stat(p);
      return e ? (e.type === 'dir' ? 'dir' : 'file') : undefined;
    },
    mkdir: (p) => fs.mkdir(p, true),
    writeFile: (p, content) => fs.writeFile(p, content),
  };
}

export function hostTarget(state: Daemon): CopyTarget {
  return {
    kindAt: (p) => (state.hostFiles.has(p) ? 'file' : isHostDir(state, p) ? 'dir' : undefined),
    mkdir: (p) => state.makeHostDir(p),
    writeFile: (p, content) => state.writeHostFile(p, content),
  };
}

/**
 * Extracts the tree into `dir` under `name` ("." merges the root's contents into `dir`), refusing
 * to put a file where a directory is or the reverse (go-archive Untar, NoOverwriteDirNonDir).
 * Symlinks are not recreated (neither side models creating them). Returns an error text or null.
 */
export function extractTree(target: CopyTarget, items: readonly CopyItem[], dir: string, name: string): string | null {
  const base = name === '.' ? dir : join(dir, name);
  for (const item of items) {
    const path = join(base, item.rel);
    const existing = target.kindAt(path);
    if (item.kind === 'dir') {
      if (existing === 'file') return `cannot overwrite non-directory "${path}" with directory "${dir}"`;
      if (!existing) target.mkdir(path);
    } else if (item.kind === 'file') {
      if (existing === 'dir') return `cannot overwrite directory "${path}" with non-directory "${dir}"`;
      target.writeFile(path, item.content);
    }
  }
  return null;
}

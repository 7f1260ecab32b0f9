// A container's filesystem: the image's read-only rootfs below, a private writable layer above
// (overlayfs semantics, docker-facts §6). Reads fall through to the image; the first write to a
// lower file copies it up; deleting a lower entry leaves a whiteout. The lower tree is never touched.
import type { Change, ChangeKind } from '../types';
import type { DirEntry, Entry, LayerEntry } from './entry';
import { ancestorsOf, baseName, parentOf } from './entry';
import type { RootFs } from './image';
import { contentBytes } from './layer';

export type FsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY';

export class FsError extends Error {
  constructor(readonly code: FsErrorCode, readonly path: string) {
    super(`${code}: ${path}`);
  }
}

export class CowFs {
  /** The writable layer; allocated on the first write so idle containers cost nothing. */
  private upper: Map<string, LayerEntry> | undefined;

  constructor(private readonly lower: RootFs) {}

  /** The entry a process in the container sees at `path`, or undefined. */
  stat(path: string): Entry | undefined {
    if (path === '/') return ROOT;
    const up = this.upper?.get(path);
    if (up) return up.type === 'whiteout' ? undefined : up;
    if (this.lowerHidden(path)) return undefined;
    return this.lower.tree.get(path);
  }

  /** Sorted names in a directory (merged view). */
  list(dir: string): string[] {
    const entry = this.stat(dir);
    if (!entry) throw new FsError('ENOENT', dir);
    if (entry.type !== 'dir') throw new FsError('ENOTDIR', dir);
    const names = new Set<string>();
    const up = this.upper?.get(dir);
    const lowerVisible = !(up?.type === 'dir' && up.opaque) && !this.lowerHidden(dir);
    if (lowerVisible) for (const name of this.lower.children(dir)) names.add(name);
    if (this.upper) {
      const prefix = dir === '/' ? '/' : dir + '/';
      for (const [path, e] of this.upper) {
        if (!path.startsWith(prefix) || path.indexOf('/', prefix.length) !== -1) continue;
        if (e.type === 'whiteout') names.delete(baseName(path));
        else names.add(baseName(path));
      }
    }
    return [...names].sort();
  }

  readFile(path: string): string {
    const entry = this.stat(path);
    if (!entry) throw new FsError('ENOENT', path);
    if (entry.type === 'dir') throw new FsError('EISDIR', path);
    if (entry.type === 'symlink') return this.readFile(entry.target.startsWith('/') ? entry.target : `${parentOf(path) === '/' ? '' : parentOf(path)}/${entry.target}`);
    return entry.content;
  }

  writeFile(path: string, content: string, append = false): void {
    const existing = this.requireParent(path);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    const previous = existing?.type === 'file' ? existing : undefined;
    this.copyUpParents(path);
    this.write().set(path, { type: 'file', content: append && previous ? previous.content + content : content, mode: previous?.mode ?? 0o644 });
  }

  /** `touch`: creates an empty file, or copies an existing one up (its mtime changes). */
  touch(path: string): void {
    const existing = this.requireParent(path);
    if (existing) {
      this.copyUpParents(path);
      if (!this.upper?.has(path) || this.upper.get(path)?.type === 'whiteout') this.write().set(path, { ...existing });
      return;
    }
    this.writeFile(path, '');
  }

  mkdir(path: string, parents = false): void {
    if (parents) {
      for (const dir of [...ancestorsOf(path), path]) {
        const e = this.stat(dir);
        if (e && e.type !== 'dir') throw new FsError('ENOTDIR', dir);
        if (!e) this.mkdir(dir);
      }
      return;
    }
    if (this.requireParent(path)) throw new FsError('EEXIST', path);
    this.copyUpParents(path);
    const up = this.write();
    // A directory recreated over a whiteout must hide what the image had there: opaque.
    const wasDeleted = up.get(path)?.type === 'whiteout';
    up.set(path, wasDeleted ? { type: 'dir', mode: 0o755, opaque: true } : { type: 'dir', mode: 0o755 });
  }

  remove(path: string, recursive = false): void {
    const entry = this.stat(path);
    if (!entry || path === '/') throw new FsError('ENOENT', path);
    if (entry.type === 'dir' && !recursive && this.list(path).length > 0) throw new FsError('ENOTEMPTY', path);
    if (entry.type === 'dir' && !recursive) throw new FsError('EISDIR', path);
    this.copyUpParents(path);
    const up = this.write();
    for (const key of [...up.keys()]) if (key.startsWith(path + '/')) up.delete(key);
    if (this.inLower(path)) up.set(path, { type: 'whiteout' });
    else up.delete(path);
  }

  /** `docker diff`: A/C/D per docker-facts §6, sorted by path. */
  changes(): Change[] {
    if (!this.upper) return [];
    const out = new Map<string, ChangeKind>();
    for (const [path, entry] of this.upper) {
      const inLower = this.inLower(path);
      let kind: ChangeKind | undefined;
      if (entry.type === 'whiteout') kind = 'D';
      else if (!inLower) kind = 'A';
      else if (entry.type !== 'dir' || entry.opaque) kind = 'C';
      if (!kind) continue; // a lower directory copied up only to hold a child: reported via its child
      out.set(path, kind);
      if (kind !== 'C') {
        const parent = parentOf(path);
        if (parent !== '/' && !out.has(parent)) out.set(parent, 'C');
      }
    }
    // A parent noted as C may itself be new: its own entry (A) wins.
    for (const [path, kind] of out) if (kind === 'C' && !this.inLower(path) && this.upper.has(path)) out.set(path, 'A');
    return [...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ kind, path }));
  }

  /** Bytes of regular files in the writable layer (ps -s). */
  sizeRw(): number {
    return this.upper ? contentBytes(this.upper.values()) : 0;
  }

  /** The writable layer as a changeset, for `docker commit` (empty map when nothing changed). */
  changeset(): ReadonlyMap<string, LayerEntry> {
    return new Map(this.upper ?? []);
  }

  private write(): Map<string, LayerEntry> {
    return (this.upper ??= new Map());
  }

  private inLower(path: string): boolean {
    return this.lower.tree.has(path) && !this.lowerHiddenByAncestor(path);
  }

  /** True when a whiteout or an opaque directory above `path` hides the image's entries. */
  private lowerHidden(path: string): boolean {
    return this.lowerHiddenByAncestor(path);
  }

  private lowerHiddenByAncestor(path: string): boolean {
    if (!this.upper) return false;
    for (const dir of ancestorsOf(path)) {
      const e = this.upper.get(dir);
      if (e && (e.type === 'whiteout' || (e.type === 'dir' && e.opaque))) return true;
    }
    return false;
  }

  /** Checks the parent is a directory; returns what is at `path` now. */
  private requireParent(path: string): Entry | undefined {
    const parent = this.stat(parentOf(path));
    if (!parent) throw new FsError('ENOENT', path);
    if (parent.type !== 'dir') throw new FsError('ENOTDIR', path);
    return this.stat(path);
  }

  /** copy_up of the parent directories (metadata only), as overlayfs does before a write. */
  private copyUpParents(path: string): void {
    for (const dir of ancestorsOf(path)) {
      const up = this.upper?.get(dir);
      if (up && up.type !== 'whiteout') continue;
      const lowerDir = this.lower.tree.get(dir);
      if (lowerDir?.type === 'dir' && !up) this.write().set(dir, { type: 'dir', mode: lowerDir.mode } satisfies DirEntry);
    }
  }
}

const ROOT: DirEntry = { type: 'dir', mode: 0o755 };

// A container's filesystem: the image's read-only rootfs below, a private writable layer above
// (overlayfs semantics: the kernel's Documentation/filesystems/overlayfs.rst). Reads fall through to the image; the first write to a
// lower file copies it up; deleting a lower entry leaves a whiteout. The lower tree is never touched.
import type { Change, ChangeKind } from '../types';
import type { DirEntry, Entry, LayerEntry } from './entry';
import { ancestorsOf, baseName, normalizePath, parentOf } from './entry';
import type { RootFs } from './image';
import { contentBytes } from './layer';

export type FsErrorCode = 'ENOENT' | 'ENOTDIR' | 'EISDIR' | 'EEXIST' | 'ENOTEMPTY' | 'EROFS';

export class FsError extends Error {
  constructor(
    readonly code: FsErrorCode,
    readonly path: string,
  ) {
    super(`${code}: ${path}`);
  }
}

export class CowFs {
  /**
   * The writable layer. Allocated on the first write; until then it may be a map shared by every
   * container of the image (what the image's process writes at start), so ten thousand idle
   * containers cost one copy of it.
   */
  private own: Map<string, LayerEntry> | undefined;
  private shared: ReadonlyMap<string, LayerEntry> | undefined;
  /**
   * Bytes a file really has beyond its stand-in content (a package manager's installed binaries),
   * counted while the file is still in the writable layer: the same sampled-size idea as layers.
   */
  private installed: Map<string, number> | undefined;

  constructor(private readonly lower: RootFs) {}

  private get upper(): ReadonlyMap<string, LayerEntry> | undefined {
    return this.own ?? this.shared;
  }

  /** Starts from a writable layer shared with other containers (copied on this one's first write). */
  adoptShared(upper: ReadonlyMap<string, LayerEntry>): void {
    if (!this.own && !this.shared) this.shared = upper;
  }

  /** The writable layer as it is now (for sharing with containers that do the same start-up). */
  upperView(): ReadonlyMap<string, LayerEntry> {
    return this.upper ?? new Map();
  }

  /** Follows symlinks in the directories above `path` (not the last component), like lstat. */
  resolveParents(path: string): string {
    let current = path;
    for (let hops = 0; hops < 40; hops++) {
      let changed = false;
      for (const dir of ancestorsOf(current)) {
        const e = this.lstat(dir);
        if (e?.type === 'symlink') {
          const target = e.target.startsWith('/') ? e.target : `${parentOf(dir)}/${e.target}`;
          current = normalizePath(target + current.slice(dir.length));
          changed = true;
          break;
        }
      }
      if (!changed) return current;
    }
    return current;
  }

  /** Follows every symlink, the last component too (what open() sees). */
  resolve(path: string): string {
    let current = this.resolveParents(path);
    for (let hops = 0; hops < 40; hops++) {
      const e = this.lstat(current);
      if (e?.type !== 'symlink') return current;
      current = this.resolveParents(normalizePath(e.target.startsWith('/') ? e.target : `${parentOf(current)}/${e.target}`));
    }
    return current;
  }

  /** The entry a process in the container sees at `path` (symlinks followed), or undefined. */
  stat(path: string): Entry | undefined {
    return this.lstat(this.resolve(path));
  }

  /** The entry at exactly `path`, a symlink itself when it is one. */
  lstat(path: string): Entry | undefined {
    if (path === '/') return ROOT;
    const up = this.upper?.get(path);
    if (up) return up.type === 'whiteout' ? undefined : up;
    if (this.lowerHidden(path)) return undefined;
    return this.lower.tree.get(path);
  }

  /** Sorted names in a directory (merged view). */
  list(input: string): string[] {
    const dir = this.resolve(input);
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
    if (entry.type === 'symlink') throw new FsError('ENOENT', path); // a dangling or looping link
    return entry.content;
  }

  writeFile(input: string, content: string, append = false): void {
    const path = this.resolve(input);
    const existing = this.requireParent(path);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    const previous = existing?.type === 'file' ? existing : undefined;
    this.copyUpParents(path);
    this.write().set(path, {
      type: 'file',
      content: append && previous ? previous.content + content : content,
      mode: previous?.mode ?? 0o644,
    });
  }

  /** `touch`: creates an empty file, or copies an existing one up (its mtime changes). */
  touch(input: string): void {
    const path = this.resolve(input);
    const existing = this.requireParent(path);
    if (existing) {
      this.copyUpParents(path);
      if (!this.upper?.has(path) || this.upper.get(path)?.type === 'whiteout') this.write().set(path, { ...existing });
      return;
    }
    this.writeFile(path, '');
  }

  mkdir(input: string, parents = false): void {
    const path = this.resolveParents(input);
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

  remove(input: string, recursive = false): void {
    const path = this.resolveParents(input);
    const entry = this.lstat(path);
    if (!entry || path === '/') throw new FsError('ENOENT', path);
    if (entry.type === 'dir' && !recursive && this.list(path).length > 0) throw new FsError('ENOTEMPTY', path);
    if (entry.type === 'dir' && !recursive) throw new FsError('EISDIR', path);
    this.copyUpParents(path);
    const up = this.write();
    for (const key of [...up.keys()]) if (key.startsWith(path + '/')) up.delete(key);
    if (this.inLower(path)) up.set(path, { type: 'whiteout' });
    else up.delete(path);
  }

  /** `docker diff`: A/C/D as moby's archive changes (go-archive changes.go) report them, sorted by path. */
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
    }
    // Every ancestor but "/" of any change, a modification included, is itself a change (C) listed
    // before its children: go-archive changes.go addChanges, which moby's containerd store uses for
    // `docker diff` (daemon/containerd/image_changes.go, archive.ChangesDirs).
    for (const path of [...out.keys()]) for (const dir of ancestorsOf(path)) if (!out.has(dir)) out.set(dir, 'C');
    // An ancestor noted as C may itself be new: its own entry (A) wins.
    for (const [path, kind] of out) if (kind === 'C' && !this.inLower(path) && this.upper.has(path)) out.set(path, 'A');
    return [...out].sort(([a], [b]) => comparePaths(a, b)).map(([path, kind]) => ({ kind, path }));
  }

  /** Bytes of regular files in the writable layer (ps -s), installed sizes included. */
  sizeRw(): number {
    return this.upper ? contentBytes(this.upper.values()) + this.installedBytes() : 0;
  }

  /** The installed sizes noted for files still in the writable layer (see `installed`). */
  installedBytes(): number {
    let extra = 0;
    for (const [path, bytes] of this.installed ?? []) if (this.upper?.get(path)?.type === 'file') extra += bytes;
    return extra;
  }

  /** Records that the file at `path` stands for `bytes` more than its content (see `installed`). */
  noteInstalledBytes(path: string, bytes: number): void {
    (this.installed ??= new Map()).set(path, bytes);
  }

  /** The writable layer as a changeset, for `docker commit` (empty map when nothing changed). */
  changeset(): ReadonlyMap<string, LayerEntry> {
    return new Map(this.upper ?? []);
  }

  private write(): Map<string, LayerEntry> {
    return (this.own ??= new Map(this.shared ?? []));
  }

  private inLower(path: string): boolean {
    return this.lower.tree.has(path) && !this.lowerHidden(path);
  }

  /** True when a whiteout or an opaque directory above `path` hides the image's entries. */
  private lowerHidden(path: string): boolean {
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
    return this.lstat(path);
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

/** Component by component, so a directory comes right before its children ("/a", "/a/b", "/a-b"). */
function comparePaths(a: string, b: string): number {
  const x = a.split('/');
  const y = b.split('/');
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  return x.length - y.length;
}

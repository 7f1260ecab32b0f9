// File-system entries shared by image layers and a container's writable layer.
// Text content is kept as a string (UTF-8 on disk): it is what every bundled and demo file is,
// and it keeps thousands of containers light.

export type FileEntry = { type: 'file'; content: string; mode: number };
export type DirEntry = { type: 'dir'; mode: number; /** hides every lower child (recreated after delete) */ opaque?: boolean };
export type SymlinkEntry = { type: 'symlink'; target: string; mode: number };
/** Marks a lower entry as deleted (overlayfs whiteout; `.wh.<name>` in a layer tar). */
export type WhiteoutEntry = { type: 'whiteout' };

export type Entry = FileEntry | DirEntry | SymlinkEntry;
export type LayerEntry = Entry | WhiteoutEntry;

/** Absolute, normalized paths ("/etc/os-release"); the root "/" itself is never stored. */
export type Tree = ReadonlyMap<string, Entry>;

export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** "/a/b/c" → ["/a", "/a/b"] (proper ancestors, root excluded). */
export function ancestorsOf(path: string): string[] {
  const out: string[] = [];
  let i = path.indexOf('/', 1);
  while (i !== -1) {
    out.push(path.slice(0, i));
    i = path.indexOf('/', i + 1);
  }
  return out;
}

/** Resolves "." and ".." and repeated slashes against a working directory. */
export function normalizePath(path: string, cwd = '/'): string {
  const parts = (path.startsWith('/') ? path : `${cwd}/${path}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '' || part === '.') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return '/' + out.join('/');
}

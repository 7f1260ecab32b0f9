// Path rules `docker cp` follows on both sides (moby/go-archive copy.go, CLI cp.go): a trailing
// "/" or "/." asserts a directory and survives cleaning; CONTAINER:PATH is split at the first ":"
// unless the argument is an absolute or ./-relative local path.
import { baseName, normalizePath, parentOf } from '../../model/entry';

/** The last path segment is "." ("." or ".../."). */
export const specifiesCurrentDir = (path: string) => path === '.' || path.endsWith('/.');

export const assertsDirectory = (path: string) => path.endsWith('/') || specifiesCurrentDir(path);

/** Cleans `path` against `cwd`, then puts back the trailing "/." or "/" the original had. */
export function cleanKeepingSuffix(path: string, cwd: string): string {
  let cleaned = normalizePath(path, cwd);
  if (specifiesCurrentDir(path)) cleaned += cleaned.endsWith('/') ? '.' : '/.';
  else if (path.endsWith('/') && !cleaned.endsWith('/')) cleaned += '/';
  return cleaned;
}

/** Directory and last entry of a path; "x/." keeps "." as its entry (copy the contents). */
export function splitDirEntry(path: string): { dir: string; base: string } {
  const cleaned = normalizePath(path);
  if (specifiesCurrentDir(path)) return { dir: cleaned, base: '.' };
  return { dir: parentOf(cleaned), base: cleaned === '/' ? '/' : baseName(cleaned) };
}

/** CLI splitCpArg: ["", path] for a local path, [container, path] otherwise. */
export function splitCpArg(arg: string): [string, string] {
  if (arg.startsWith('/')) return ['', arg];
  const colon = arg.indexOf(':');
  if (colon < 0 || arg.startsWith('.')) return ['', arg];
  return [arg.slice(0, colon), arg.slice(colon + 1)];
}

/**
 * Where the copied tree lands (go-archive PrepareArchiveCopy): into an existing directory under its
 * own name ("." merges its contents), or in the destination's parent under the destination's name.
 * Returns the error text when the combination is refused.
 */
export function placeCopy(
  source: { isDir: boolean; base: string },
  dest: { path: string; exists: boolean; isDir: boolean },
): { dir: string; name: string } | { error: string } {
  const { dir, base } = splitDirEntry(dest.path);
  if (dest.exists && dest.isDir) return { dir: normalizePath(dest.path), name: source.base };
  if (dest.exists && source.isDir) return { error: 'cannot copy directory' };
  if (dest.exists || source.isDir) return { dir, name: base };
  if (assertsDirectory(dest.path)) return { error: 'no such directory' };
  return { dir, name: base };
}

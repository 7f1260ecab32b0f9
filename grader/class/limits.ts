// What a submission may hold before it is refused (class re-grade): checked before anything is
// extracted, from the archive's own directory, and again while inflating (sizes can lie).
export interface Limits {
  /** Bytes of one file (a starter is a few kilobytes; a 100 MB file is refused). */
  fileBytes: number;
  /** Bytes of everything the archive unpacks to (a zip bomb is refused before inflating). */
  totalBytes: number;
  /** Entries in one archive. */
  entries: number;
}

export const DEFAULT_LIMITS: Limits = { fileBytes: 16 * 1024 * 1024, totalBytes: 256 * 1024 * 1024, entries: 50_000 };

/** A submission that cannot be graded, with the reason its row shows. */
export class BrokenSubmission extends Error {
  override name = 'BrokenSubmission';
}

const MB = (n: number): string => `${Math.round(n / (1024 * 1024))} MB`;
export const tooBig = (what: string, bytes: number, limit: number): BrokenSubmission =>
  new BrokenSubmission(`${what} is ${MB(bytes)}, over the ${MB(limit)} limit`);

/** A path inside an archive, checked: relative, no `..`, no drive letter; returned `/`-separated without `./`. */
export function safeEntryPath(name: string): string {
  const path = name.replace(/\\/g, '/');
  if (path.startsWith('/') || /^[A-Za-z]:/.test(path)) throw new BrokenSubmission(`the archive holds an absolute path (${name}): refused`);
  const parts = path.split('/').filter((p) => p !== '' && p !== '.');
  if (parts.includes('..')) throw new BrokenSubmission(`the archive holds a path escaping its folder (${name}): refused`);
  return parts.join('/');
}

/** Whether a link at `from` (an entry path) pointing to `target` stays inside the archive's folder. */
export function linkStaysInside(from: string, target: string): boolean {
  if (target.startsWith('/') || /^[A-Za-z]:/.test(target)) return false;
  const parts = from.split('/').slice(0, -1);
  for (const p of target.replace(/\\/g, '/').split('/')) {
    if (p === '..') {
      if (parts.length === 0) return false;
      parts.pop();
    } else if (p !== '' && p !== '.') parts.push(p);
  }
  return true;
}

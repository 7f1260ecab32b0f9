// Reads the files a class re-grade needs from a .zip, safely: the central directory is read
// first (entry count, declared sizes, paths, symlinks: unix mode in the external attributes),
// and only the wanted entries are inflated (fflate), each into a buffer of its declared size.
import { inflateSync } from 'fflate';
import { BrokenSubmission, linkStaysInside, safeEntryPath, tooBig, type Limits } from './limits';

interface ZipEntry {
  path: string;
  method: number;
  compressedSize: number;
  size: number;
  localOffset: number;
  symlink: boolean;
}

function centralDirectory(zip: Buffer, limits: Limits): ZipEntry[] {
  const minEnd = Math.max(0, zip.length - 65_557);
  let end = -1;
  for (let i = zip.length - 22; i >= minEnd; i--)
    if (zip.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  if (end < 0) throw new BrokenSubmission('not a zip archive (no central directory)');
  const count = zip.readUInt16LE(end + 10);
  if (count === 0xffff) throw new BrokenSubmission('a zip64 archive: re-zip it without zip64 (or send a .tar.gz)');
  if (count > limits.entries) throw new BrokenSubmission(`the archive holds ${count} entries, over the ${limits.entries} limit`);
  let at = zip.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  let total = 0;
  for (let n = 0; n < count; n++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== 0x02014b50)
      throw new BrokenSubmission('a damaged zip archive (central directory)');
    const madeBy = zip.readUInt16LE(at + 4) >> 8;
    const method = zip.readUInt16LE(at + 10);
    const compressedSize = zip.readUInt32LE(at + 20);
    const size = zip.readUInt32LE(at + 24);
    const nameLength = zip.readUInt16LE(at + 28);
    const skip = zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
    const mode = zip.readUInt32LE(at + 38) >>> 16;
    const localOffset = zip.readUInt32LE(at + 42);
    const name = zip.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    at += 46 + nameLength + skip;
    const path = safeEntryPath(name);
    if (size > limits.fileBytes) throw tooBig(path, size, limits.fileBytes);
    total += size;
    if (total > limits.totalBytes) throw tooBig('the unpacked archive (a zip bomb?)', total, limits.totalBytes);
    const symlink = madeBy === 3 && (mode & 0o170000) === 0o120000;
    entries.push({ path, method, compressedSize, size, localOffset, symlink });
  }
  return entries;
}

function contentOf(zip: Buffer, e: ZipEntry, limits: Limits): Buffer {
  const at = e.localOffset;
  if (at + 30 > zip.length || zip.readUInt32LE(at) !== 0x04034b50) throw new BrokenSubmission(`a damaged zip archive (${e.path})`);
  const start = at + 30 + zip.readUInt16LE(at + 26) + zip.readUInt16LE(at + 28);
  const raw = zip.subarray(start, start + e.compressedSize);
  if (e.method === 0) return Buffer.from(raw);
  if (e.method !== 8) throw new BrokenSubmission(`${e.path}: zip compression method ${e.method} is not supported (use deflate)`);
  // The output buffer has the declared size: an entry that inflates to more cannot grow past it.
  const out = new Uint8Array(Math.min(e.size, limits.fileBytes));
  const data = inflateSync(raw, { out });
  if (data.length !== e.size) throw new BrokenSubmission(`${e.path} does not unpack to its declared size (a zip bomb?)`);
  return Buffer.from(data);
}

/** The archive's file paths, and a reader for one of them. Symlinks pointing outside refuse the archive. */
export function openZip(zip: Buffer, limits: Limits): { paths: string[]; read: (path: string) => Buffer } {
  const entries = centralDirectory(zip, limits);
  const byPath = new Map<string, ZipEntry>();
  for (const e of entries) {
    if (e.symlink) {
      const target = contentOf(zip, e, limits).toString('utf8');
      if (!linkStaysInside(e.path, target))
        throw new BrokenSubmission(`the archive holds a symlink pointing outside its folder (${e.path} -> ${target}): refused`);
      continue; // a link inside is not followed: only regular files are graded
    }
    if (!e.path.endsWith('/')) byPath.set(e.path, e);
  }
  return {
    paths: [...byPath.keys()],
    read: (path) => {
      const e = byPath.get(path);
      if (!e) throw new BrokenSubmission(`${path} is not in the archive`);
      return contentOf(zip, e, limits);
    },
  };
}

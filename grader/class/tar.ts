// Reads a .tar.gz safely: gunzip (fflate, streamed in chunks, stopped at the size limit, so a
// gzip bomb never fills memory), then the tar headers are walked here rather than with nanotar,
// which does not give a symlink's target; ustar names with prefix, GNU long names and pax paths.
import { Gunzip } from 'fflate';
import { BrokenSubmission, linkStaysInside, safeEntryPath, tooBig, type Limits } from './limits';

function gunzipBounded(gz: Buffer, limits: Limits): Buffer {
  if (gz.length < 18 || gz[0] !== 0x1f || gz[1] !== 0x8b) throw new BrokenSubmission('not a gzip file');
  const chunks: Uint8Array[] = [];
  let total = 0;
  const stream = new Gunzip((chunk) => {
    total += chunk.length;
    if (total > limits.totalBytes) throw tooBig('the unpacked archive (a gzip bomb?)', total, limits.totalBytes);
    chunks.push(chunk);
  });
  const step = 64 * 1024;
  try {
    for (let at = 0; at < gz.length; at += step) stream.push(gz.subarray(at, at + step), at + step >= gz.length);
  } catch (error) {
    if (error instanceof BrokenSubmission) throw error;
    throw new BrokenSubmission(`a damaged gzip file (${error instanceof Error ? error.message : String(error)})`);
  }
  return Buffer.concat(chunks);
}

const text = (b: Buffer): string => {
  const nul = b.indexOf(0);
  return b.subarray(0, nul < 0 ? b.length : nul).toString('utf8');
};

function paxRecords(data: Buffer): Record<string, string> {
  const out: Record<string, string> = {};
  let at = 0;
  while (at < data.length) {
    const space = data.indexOf(32, at);
    if (space < 0) break;
    const length = Number(data.subarray(at, space).toString('utf8'));
    if (!(length > 0)) break;
    const record = data.subarray(space + 1, at + length - 1).toString('utf8');
    const eq = record.indexOf('=');
    if (eq > 0) out[record.slice(0, eq)] = record.slice(eq + 1);
    at += length;
  }
  return out;
}

export function openTarGz(gz: Buffer, limits: Limits): { paths: string[]; read: (path: string) => Buffer } {
  const tar = gunzipBounded(gz, limits);
  const files = new Map<string, Buffer>();
  let at = 0;
  let count = 0;
  let longName: string | undefined;
  let longLink: string | undefined;
  let pax: Record<string, string> = {};
  while (at + 512 <= tar.length) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    if (++count > limits.entries) throw new BrokenSubmission(`the archive holds more than ${limits.entries} entries`);
    const size = parseInt(text(header.subarray(124, 136)).trim() || '0', 8);
    if (!Number.isFinite(size) || size < 0) throw new BrokenSubmission('a damaged tar archive (entry size)');
    const type = String.fromCharCode(header[156]!);
    const data = tar.subarray(at + 512, at + 512 + size);
    at += 512 + Math.ceil(size / 512) * 512;
    if (type === 'L') {
      longName = text(data);
      continue;
    }
    if (type === 'K') {
      longLink = text(data);
      continue;
    }
    if (type === 'x') {
      pax = paxRecords(data);
      continue;
    }
    if (type === 'g') continue;
    const prefix = text(header.subarray(345, 500));
    const rawName = pax.path ?? longName ?? (prefix ? `${prefix}/${text(header.subarray(0, 100))}` : text(header.subarray(0, 100)));
    const link = pax.linkpath ?? longLink ?? text(header.subarray(157, 257));
    longName = longLink = undefined;
    pax = {};
    const path = safeEntryPath(rawName);
    if (type === '2' || type === '1') {
      // A hard link's target is another entry's path; a symlink's is relative to its folder.
      const inside =
        type === '1'
          ? (() => {
              try {
                safeEntryPath(link);
                return true;
              } catch {
                return false;
              }
            })()
          : linkStaysInside(path, link);
      if (!inside) throw new BrokenSubmission(`the archive holds a link pointing outside its folder (${path} -> ${link}): refused`);
      continue;
    }
    if (type !== '0' && type !== '\0' && type !== '7') continue; // folders, devices, fifos: nothing to grade
    if (size > limits.fileBytes) throw tooBig(path, size, limits.fileBytes);
    files.set(path, data);
  }
  return {
    paths: [...files.keys()],
    read: (path) => {
      const b = files.get(path);
      if (!b) throw new BrokenSubmission(`${path} is not in the archive`);
      return Buffer.from(b);
    },
  };
}

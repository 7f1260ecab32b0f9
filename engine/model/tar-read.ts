// Reading tar archives (ustar headers, as Go's archive/tar and nanotar write them): the names,
// modes, types, link targets and data the kit needs to load a saved image or import a filesystem.
// nanotar's parser drops link targets, so the few header fields are read here directly.
import { strFromU8 } from 'fflate';
import type { LayerEntry } from './entry';
import { normalizePath } from './entry';
import { OPAQUE_MARKER, WHITEOUT_PREFIX } from './tar';

const BLOCK = 512;

export interface TarItem {
  name: string;
  mode: number;
  /** '0' file, '2' symlink, '5' directory (others are kept but ignored by the kit). */
  type: string;
  linkname: string;
  data: Uint8Array;
}

/** Why a tar could not be read, in Go archive/tar's words (reader.go). */
export class TarError extends Error {
  constructor(readonly problem: 'unexpected-eof' | 'invalid-header') {
    super(problem === 'unexpected-eof' ? 'unexpected EOF' : 'archive/tar: invalid tar header');
  }
}

function field(block: Uint8Array, start: number, length: number): string {
  const raw = block.subarray(start, start + length);
  const end = raw.indexOf(0);
  return strFromU8(end === -1 ? raw : raw.subarray(0, end));
}

function octal(block: Uint8Array, start: number, length: number): number {
  const text = field(block, start, length).trim();
  return text ? parseInt(text, 8) : 0;
}

function checksumOk(block: Uint8Array): boolean {
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += i >= 148 && i < 156 ? 0x20 : block[i]!;
  return octal(block, 148, 8) === sum;
}

/** Every entry of a tar, in order; two zero blocks (or the end of the bytes) end it. */
export function readTar(bytes: Uint8Array): TarItem[] {
  const items: TarItem[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    if (bytes.length - offset < BLOCK) throw new TarError('unexpected-eof');
    const block = bytes.subarray(offset, offset + BLOCK);
    if (block.every((b) => b === 0)) break;
    if (!checksumOk(block)) throw new TarError('invalid-header');
    const size = octal(block, 124, 12);
    const prefix = field(block, 345, 155);
    const name = (prefix ? `${prefix}/` : '') + field(block, 0, 100);
    const type = String.fromCharCode(block[156] || 0x30);
    const start = offset + BLOCK;
    if (start + size > bytes.length) throw new TarError('unexpected-eof');
    items.push({ name, mode: octal(block, 100, 8), type, linkname: field(block, 157, 100), data: bytes.slice(start, start + size) });
    offset = start + Math.ceil(size / BLOCK) * BLOCK;
  }
  return items;
}

/** A layer tar's changeset (OCI layer.md): `.wh.<name>` is a whiteout, `.wh..wh..opq` an opaque directory. */
export function layerEntriesOf(tar: Uint8Array): Map<string, LayerEntry> {
  const entries = new Map<string, LayerEntry>();
  for (const item of readTar(tar)) {
    const path = normalizePath('/' + item.name.replace(/^\.?\//, '').replace(/\/$/, ''));
    if (path === '/') continue;
    const base = path.slice(path.lastIndexOf('/') + 1);
    const parent = path.slice(0, path.lastIndexOf('/')) || '/';
    if (base === OPAQUE_MARKER) {
      const dir = entries.get(parent);
      entries.set(parent, { type: 'dir', mode: dir?.type === 'dir' ? dir.mode : 0o755, opaque: true });
    } else if (base.startsWith(WHITEOUT_PREFIX)) {
      entries.set(`${parent === '/' ? '' : parent}/${base.slice(WHITEOUT_PREFIX.length)}`, { type: 'whiteout' });
    } else if (item.type === '5') {
      const had = entries.get(path);
      entries.set(path, { type: 'dir', mode: item.mode & 0o7777, ...(had?.type === 'dir' && had.opaque ? { opaque: true } : {}) });
    } else if (item.type === '2') {
      entries.set(path, { type: 'symlink', target: item.linkname, mode: item.mode & 0o7777 });
    } else if (item.type === '0') {
      entries.set(path, { type: 'file', content: strFromU8(item.data), mode: item.mode & 0o7777 });
    }
  }
  return entries;
}

// Layer tars: nanotar writes the ustar headers; this file only decides names, modes and order
// (deterministic bytes → stable diff IDs), maps whiteouts to `.wh.` entries (OCI layer.md), and
// marks symlinks, which nanotar cannot express, by setting their header's typeflag and linkname.
import { createTar } from 'nanotar';
import type { LayerEntry } from './entry';
import { baseName, parentOf } from './entry';
import { utf8 } from './digest';

/** Fixed mtime for every entry: bytes must not depend on when the kit runs. */
const EPOCH_MS = Date.UTC(2026, 0, 1);
const BLOCK = 512;
const END_OF_ARCHIVE = 2 * BLOCK;

export const WHITEOUT_PREFIX = '.wh.';
export const OPAQUE_MARKER = '.wh..wh..opq';

/** The tar name for an absolute path: "/etc/nginx" → "etc/nginx" (dirs get a trailing slash). */
function tarName(path: string, isDir: boolean): string {
  return path.slice(1) + (isDir ? '/' : '');
}

/** Sorted (path, entry) pairs of one layer → the layer's uncompressed tar bytes. */
export function createLayerTar(entries: ReadonlyArray<readonly [string, LayerEntry]>): Uint8Array {
  const items: Array<{
    name: string;
    data?: Uint8Array;
    attrs: { mode: string; uid: number; gid: number; mtime: number; user: string; group: string };
  }> = [];
  const symlinks = new Map<number, string>();
  const attrs = (mode: number) => ({ mode: mode.toString(8), uid: 0, gid: 0, mtime: EPOCH_MS, user: 'root', group: 'root' });
  for (const [path, entry] of entries) {
    switch (entry.type) {
      case 'dir':
        items.push({ name: tarName(path, true), attrs: attrs(entry.mode) });
        if (entry.opaque) items.push({ name: tarName(`${path}/${OPAQUE_MARKER}`, false), data: new Uint8Array(0), attrs: attrs(0o644) });
        break;
      case 'file':
        items.push({ name: tarName(path, false), data: utf8(entry.content), attrs: attrs(entry.mode) });
        break;
      case 'symlink':
        symlinks.set(items.length, entry.target);
        items.push({ name: tarName(path, false), data: new Uint8Array(0), attrs: attrs(entry.mode) });
        break;
      case 'whiteout': {
        const parent = parentOf(path);
        items.push({
          name: tarName(`${parent === '/' ? '' : parent}/${WHITEOUT_PREFIX}${baseName(path)}`, false),
          data: new Uint8Array(0),
          attrs: attrs(0o644),
        });
        break;
      }
    }
  }
  if (items.length === 0) return new Uint8Array(END_OF_ARCHIVE); // Docker's empty layer: 1024 zero bytes
  for (const item of items) {
    if (item.name.length > 100) throw new Error(`tar name longer than 100 bytes: ${item.name}`);
  }
  const raw = createTar(items);
  markSymlinks(
    raw,
    items.map((i) => i.data?.length ?? 0),
    symlinks,
  );
  return withEndOfArchive(
    raw,
    items.map((i) => i.data?.length ?? 0),
  );
}

function markSymlinks(tar: Uint8Array, sizes: number[], symlinks: Map<number, string>): void {
  if (symlinks.size === 0) return;
  let offset = 0;
  sizes.forEach((size, index) => {
    const target = symlinks.get(index);
    if (target !== undefined) {
      tar[offset + 156] = '2'.charCodeAt(0);
      tar.set(utf8(target).slice(0, 100), offset + 157);
      writeChecksum(tar, offset);
    }
    offset += BLOCK + Math.ceil(size / BLOCK) * BLOCK;
  });
}

function writeChecksum(tar: Uint8Array, offset: number): void {
  tar.fill(0x20, offset + 148, offset + 156);
  let sum = 0;
  for (let i = 0; i < BLOCK; i++) sum += tar[offset + i]!;
  const text = sum.toString(8).padStart(6, '0') + '\0 ';
  tar.set(utf8(text), offset + 148);
}

/** nanotar pads to 10 KiB records but may leave fewer than the two zero blocks tar requires. */
function withEndOfArchive(tar: Uint8Array, sizes: number[]): Uint8Array {
  const used = sizes.reduce((sum, size) => sum + BLOCK + Math.ceil(size / BLOCK) * BLOCK, 0);
  if (tar.length - used >= END_OF_ARCHIVE) return tar;
  const out = new Uint8Array(used + END_OF_ARCHIVE);
  out.set(tar.subarray(0, used));
  return out;
}

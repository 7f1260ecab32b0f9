// A layer: a changeset (OCI layer.md) as real bytes. diffId = sha256 of the uncompressed tar,
// digest = sha256 of the gzip blob the manifest lists (OCI config.md "Layer DiffID").
import { gzipSync } from 'fflate';
import { byteLength, digestOf } from './digest';
import type { LayerEntry } from './entry';
import { createLayerTar } from './tar';

export interface Layer {
  diffId: string;
  digest: string;
  /** Real byte length of the gzip blob (the manifest descriptor's size). */
  blobSize: number;
  entries: ReadonlyMap<string, LayerEntry>;
  /** Unpacked size shown by history/images. */
  size: number;
  /** Compressed size shown as CONTENT SIZE. */
  compressedSize: number;
  /**
   * Sizes of the real image this layer samples (bundled images only); undefined when the
   * sizes are those of the layer's own bytes (built and committed layers).
   */
  sampled?: { size: number; compressedSize: number };
}

/** Unpacked size of a changeset: the bytes of its regular files, as Docker counts a layer. */
export function contentBytes(entries: Iterable<LayerEntry>): number {
  let total = 0;
  for (const entry of entries) if (entry.type === 'file') total += byteLength(entry.content);
  return total;
}

export function createLayer(entries: ReadonlyMap<string, LayerEntry>, sampled?: { size: number; compressedSize: number }): Layer {
  const sorted = [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const tar = createLayerTar(sorted);
  // mtime 0 leaves the gzip header's time field empty, so the blob (and its digest) is stable.
  const blob = gzipSync(tar, { level: 6, mtime: 0 });
  const own = contentBytes(entries.values());
  return {
    diffId: digestOf(tar),
    digest: digestOf(blob),
    blobSize: blob.length,
    entries: new Map(sorted),
    size: sampled?.size ?? own,
    compressedSize: sampled?.compressedSize ?? blob.length,
    ...(sampled ? { sampled } : {}),
  };
}

/**
 * A built or committed layer whose files stand for `installedBytes` more than they hold (packages
 * installed by a stand-in): its sizes are the real ones, compressed at a typical 40%.
 */
export function createGrownLayer(entries: ReadonlyMap<string, LayerEntry>, installedBytes: number): Layer {
  if (installedBytes <= 0) return createLayer(entries);
  const size = contentBytes(entries.values()) + installedBytes;
  return createLayer(entries, { size, compressedSize: Math.round(size * 0.4) });
}

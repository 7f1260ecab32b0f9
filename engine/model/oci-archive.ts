// The archive `docker save` writes and `docker load` reads with the containerd image store: an OCI
// image layout in one tar (`oci-layout`, `index.json`, `blobs/sha256/<hex>`), plus the legacy
// `manifest.json` older clients read. Layout and order follow containerd's exporter
// (core/images/archive/exporter.go, v2.3.3, vendored by moby docker-v29.7.2
// daemon/containerd/image_exporter.go): records sorted by name, blobs 0444, index.json and
// manifest.json 0644, `blobs/` and `blobs/sha256/` directories 0755, no modification times.
import { gunzipSync, gzipSync, strFromU8 } from 'fflate';
import { createTar } from 'nanotar';
import { digestOf, utf8 } from './digest';
import { createImage, type Image } from './image';
import { createLayer } from './layer';
import { createLayerTar } from './tar';
import { layerEntriesOf, readTar, TarError } from './tar-read';
import { MEDIA, SAMPLED_COMPRESSED_ANNOTATION, SAMPLED_SIZE_ANNOTATION, type Document, type ImageConfig } from './oci';

/** One image to save: its top-level target (the pulled index, else its manifest) and the names it goes by. */
export interface SaveTarget {
  image: Image;
  /** The index the image was pulled through; absent for built, committed and imported images. */
  index?: Document;
  /** Full references ("docker.io/library/nginx:latest"), in the order given; empty when saved by ID. */
  names: string[];
  /** Familiar names for manifest.json's RepoTags ("nginx:latest"). */
  repoTags: string[];
}

interface TarRecord {
  name: string;
  data?: Uint8Array;
  mode: number;
}

/** The gzip blob of a layer: the same bytes its digest was taken over (model/layer.ts makes them so). */
export function layerBlob(image: Image, index: number): Uint8Array {
  const layer = image.layers[index]!;
  return gzipSync(createLayerTar([...layer.entries]), { level: 6, mtime: 0 });
}

const blobName = (digest: string) => `blobs/sha256/${digest.replace(/^sha256:/, '')}`;

function jsonBytes(value: unknown): Uint8Array {
  return utf8(JSON.stringify(value));
}

/** containerd's ociReferenceName: the tag alone ("latest"), the whole name for a digest reference. */
function refName(full: string): string {
  const at = full.indexOf('@');
  if (at !== -1) return full;
  const slash = full.lastIndexOf('/');
  const colon = full.lastIndexOf(':');
  return colon > slash ? full.slice(colon + 1) : full;
}

/** The archive's bytes for the given images (one entry per name in index.json, as WithManifest does). */
export function writeImageArchive(targets: readonly SaveTarget[]): Uint8Array {
  const records = new Map<string, TarRecord>();
  const add = (name: string, data: Uint8Array | undefined, mode: number) => {
    if (!records.has(name)) records.set(name, { name, mode, ...(data ? { data } : {}) });
  };
  const indexManifests: unknown[] = [];
  const legacy: Array<{ Config: string; RepoTags: string[] | null; Layers: string[] }> = [];
  for (const { image, index, names, repoTags } of targets) {
    const top = index ?? image.manifestDoc;
    const mediaType = index ? MEDIA.index : MEDIA.manifest;
    if (index) add(blobName(index.digest), utf8(index.bytes), 0o444);
    // A build's attestation manifest, its config and statement: the index names them too.
    for (const d of image.attachedDocs) add(blobName(d.digest), utf8(d.bytes), 0o444);
    add(blobName(image.manifestDoc.digest), utf8(image.manifestDoc.bytes), 0o444);
    add(blobName(image.configDoc.digest), utf8(image.configDoc.bytes), 0o444);
    image.layers.forEach((layer, i) => {
      if (!records.has(blobName(layer.digest))) add(blobName(layer.digest), layerBlob(image, i), 0o444);
    });
    const descriptor = { mediaType, digest: top.digest, size: top.size };
    if (names.length === 0) indexManifests.push(descriptor);
    for (const name of names)
      indexManifests.push({
        ...descriptor,
        annotations: { 'io.containerd.image.name': name, 'org.opencontainers.image.ref.name': refName(name) },
      });
    legacy.push({
      Config: blobName(image.configDoc.digest),
      RepoTags: repoTags.length ? repoTags : null,
      Layers: image.layers.map((l) => blobName(l.digest)),
    });
  }
  add('oci-layout', jsonBytes({ imageLayoutVersion: '1.0.0' }), 0o444);
  add('index.json', jsonBytes({ schemaVersion: 2, mediaType: MEDIA.index, manifests: indexManifests }), 0o644);
  add('manifest.json', jsonBytes(legacy), 0o644);
  add('blobs/', undefined, 0o755);
  add('blobs/sha256/', undefined, 0o755);
  const sorted = [...records.values()].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  return createTar(
    sorted.map((r) => ({
      name: r.name,
      ...(r.data ? { data: r.data } : {}),
      attrs: { mode: r.mode.toString(8).padStart(4, '0'), uid: 0, gid: 0, mtime: 0, user: '', group: '' },
    })),
  );
}

/** Why an archive could not be read: Go archive/tar's two header errors, or containerd's importer (core/images/archive/importer.go). */
export type ArchiveProblem = 'unexpected-eof' | 'invalid-header' | 'unrecognized' | 'digest-mismatch' | 'missing-blob' | 'not-simulated';

export class ArchiveError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    readonly detail = '',
  ) {
    super(`${problem}${detail ? `: ${detail}` : ''}`);
  }
}

/** One image found in an archive: the image, the index it came through (if any), the name it was saved under (if any). */
export interface LoadedImage {
  image: Image;
  index?: Document;
  /** "docker.io/library/nginx:latest", from index.json's io.containerd.image.name annotation. */
  name?: string;
}

/** The documents an index names besides the image's own manifest, as far as the archive holds them. */
function attachedOf(index: Document, own: string, files: ReadonlyMap<string, Uint8Array>): Document[] {
  const out: Document[] = [];
  const take = (digest: string): Record<string, unknown> | undefined => {
    const data = files.get(blobName(digest));
    if (!data || digestOf(data) !== digest) return undefined;
    out.push(doc(data, digest));
    try {
      return JSON.parse(strFromU8(data)) as Record<string, unknown>;
    } catch {
      return undefined;
    }
  };
  for (const m of (JSON.parse(index.bytes) as { manifests: Descriptor[] }).manifests) {
    if (m.digest === own) continue;
    const manifest = take(m.digest) as { config?: Descriptor; layers?: Descriptor[] } | undefined;
    if (manifest?.config) take(manifest.config.digest);
    for (const l of manifest?.layers ?? []) take(l.digest);
  }
  return out;
}

function doc(bytes: Uint8Array, digest: string): Document {
  return { bytes: strFromU8(bytes), digest, size: bytes.length };
}

function sampledOf(annotations: Record<string, string> | undefined): { size: number; compressedSize: number } | undefined {
  const size = annotations?.[SAMPLED_SIZE_ANNOTATION];
  const compressed = annotations?.[SAMPLED_COMPRESSED_ANNOTATION];
  return size && compressed ? { size: Number(size), compressedSize: Number(compressed) } : undefined;
}

interface Descriptor {
  mediaType: string;
  digest: string;
  size: number;
  annotations?: Record<string, string>;
  platform?: { architecture: string; os: string };
}

/**
 * Reads a saved archive (gzip-compressed ones too, as moby's DecompressStream allows) and rebuilds
 * each image from its blobs. Every blob must hash to its name. An image the kit cannot rebuild
 * byte for byte (one saved by a real Docker host) is refused as not simulated.
 */
export function readImageArchive(input: Uint8Array): LoadedImage[] {
  const bytes = input[0] === 0x1f && input[1] === 0x8b ? gunzipSync(input) : input;
  let items;
  try {
    items = readTar(bytes);
  } catch (e) {
    if (e instanceof TarError) throw new ArchiveError(e.problem);
    throw e;
  }
  const files = new Map(items.filter((i) => i.type === '0').map((i) => [i.name.replace(/^\.\//, ''), i.data]));
  const indexBytes = files.get('index.json');
  if (!files.has('oci-layout') || !indexBytes) throw new ArchiveError('unrecognized');
  const blob = (digest: string): Uint8Array => {
    const data = files.get(blobName(digest));
    if (!data) throw new ArchiveError('missing-blob', digest);
    if (digestOf(data) !== digest) throw new ArchiveError('digest-mismatch', digest);
    return data;
  };
  const json = <T>(digest: string): T => JSON.parse(strFromU8(blob(digest))) as T;
  const out: LoadedImage[] = [];
  const index = JSON.parse(strFromU8(indexBytes)) as { manifests?: Descriptor[] };
  for (const top of index.manifests ?? []) {
    let manifestDesc: Descriptor = top;
    let indexDoc: Document | undefined;
    if (top.mediaType === MEDIA.index) {
      indexDoc = doc(blob(top.digest), top.digest);
      const inner = json<{ manifests: Descriptor[] }>(top.digest).manifests;
      const host = inner.find((m) => m.platform?.os === 'linux' && m.platform.architecture === 'amd64') ?? inner[0];
      if (!host) throw new ArchiveError('unrecognized');
      manifestDesc = host;
    }
    const manifest = json<{ config: Descriptor; layers: Descriptor[] }>(manifestDesc.digest);
    const config = json<ImageConfig>(manifest.config.digest);
    const layers = manifest.layers.map((l) => createLayer(layerEntriesOf(gunzipSync(blob(l.digest))), sampledOf(l.annotations)));
    // The index comes back as the image's target, so the loaded image keeps its ID (the index
    // digest) and the other content the index names (a build's attestation) travels with it.
    const wrap = indexDoc ? { index: () => ({ index: indexDoc, attached: attachedOf(indexDoc, manifestDesc.digest, files) }) } : {};
    const image = createImage({
      created: config.created,
      config: config.config,
      layers,
      history: config.history,
      ...(config.author ? { author: config.author } : {}),
      ...wrap,
    });
    if (image.manifestDoc.digest !== manifestDesc.digest) throw new ArchiveError('not-simulated', manifestDesc.digest);
    const name = top.annotations?.['io.containerd.image.name'];
    out.push({ image, ...(indexDoc ? { index: indexDoc } : {}), ...(name ? { name } : {}) });
  }
  return out;
}

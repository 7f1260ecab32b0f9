// OCI documents (image-spec config.md, manifest.md, image-index.md), serialized once with a
// fixed key order and no whitespace: digests are over these exact bytes.
import { byteLength, digestOf } from './digest';
import type { Layer } from './layer';

export const MEDIA = {
  index: 'application/vnd.oci.image.index.v1+json',
  manifest: 'application/vnd.oci.image.manifest.v1+json',
  config: 'application/vnd.oci.image.config.v1+json',
  layerGzip: 'application/vnd.oci.image.layer.v1.tar+gzip',
} as const;

/** Annotation keys under which a bundled layer records the real image's sizes (see engine/fidelity.md). */
export const SAMPLED_SIZE_ANNOTATION = 'io.github.image-not-container.sampled.size';
export const SAMPLED_COMPRESSED_ANNOTATION = 'io.github.image-not-container.sampled.compressed-size';

export interface HistoryEntry {
  created: string;
  author?: string;
  created_by: string;
  comment?: string;
  empty_layer?: boolean;
}

export interface RuntimeConfig {
  User?: string;
  ExposedPorts?: Record<string, Record<string, never>>;
  Env?: string[];
  Entrypoint?: string[] | null;
  Cmd?: string[] | null;
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
}

export interface ImageConfig {
  created: string;
  /** `docker commit --author`; absent otherwise. */
  author?: string;
  architecture: 'amd64';
  os: 'linux';
  config: RuntimeConfig;
  rootfs: { type: 'layers'; diff_ids: string[] };
  history: HistoryEntry[];
}

export interface Document {
  bytes: string;
  digest: string;
  size: number;
}

function document(value: unknown): Document {
  const bytes = JSON.stringify(value);
  return { bytes, digest: digestOf(bytes), size: byteLength(bytes) };
}

/** Keeps only the keys that are set, in the spec's order. */
function runtimeConfig(config: RuntimeConfig): RuntimeConfig {
  const out: RuntimeConfig = {};
  if (config.User) out.User = config.User;
  if (config.ExposedPorts && Object.keys(config.ExposedPorts).length > 0) out.ExposedPorts = config.ExposedPorts;
  out.Env = config.Env ?? [];
  if (config.Entrypoint) out.Entrypoint = config.Entrypoint;
  if (config.Cmd) out.Cmd = config.Cmd;
  if (config.WorkingDir) out.WorkingDir = config.WorkingDir;
  if (config.Labels && Object.keys(config.Labels).length > 0) out.Labels = config.Labels;
  if (config.StopSignal) out.StopSignal = config.StopSignal;
  return out;
}

export function configDocument(
  created: string,
  config: RuntimeConfig,
  layers: readonly Layer[],
  history: readonly HistoryEntry[],
  author?: string,
): { doc: Document; value: ImageConfig } {
  const value: ImageConfig = {
    created,
    ...(author ? { author } : {}),
    architecture: 'amd64',
    os: 'linux',
    config: runtimeConfig(config),
    rootfs: { type: 'layers', diff_ids: layers.map((l) => l.diffId) },
    history: history.map((h) => ({
      created: h.created,
      ...(h.author ? { author: h.author } : {}),
      created_by: h.created_by,
      ...(h.comment ? { comment: h.comment } : {}),
      ...(h.empty_layer ? { empty_layer: true } : {}),
    })),
  };
  return { doc: document(value), value };
}

export function manifestDocument(config: Document, layers: readonly Layer[]): Document {
  return document({
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: config.digest, size: config.size },
    layers: layers.map((l) => ({
      mediaType: MEDIA.layerGzip,
      digest: l.digest,
      size: l.blobSize,
      ...(l.sampled
        ? {
            annotations: {
              [SAMPLED_SIZE_ANNOTATION]: String(l.sampled.size),
              [SAMPLED_COMPRESSED_ANNOTATION]: String(l.sampled.compressedSize),
            },
          }
        : {}),
    })),
  });
}

export function indexDocument(manifest: Document): Document {
  return document({
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: [
      { mediaType: MEDIA.manifest, digest: manifest.digest, size: manifest.size, platform: { architecture: 'amd64', os: 'linux' } },
    ],
  });
}

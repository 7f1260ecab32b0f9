// The shape of a bundled image: plain data, turned into real tar layers, OCI configs and
// manifests by engine/registry/index.ts. Sizes are the real images' unpacked sizes: the
// bundled trees are a small, faithful sample of each image's files (see engine/fidelity.md).
import type { ImageRuntime } from '../model/image-runtime';

/** A file's content, or a directory / symlink marker. Paths are absolute, e.g. "/etc/os-release". */
export type FileSpec = string | { dir: true; mode?: number } | { symlink: string } | { content: string; mode: number };

export interface LayerSpec {
  /** A stable key so images can share a layer (e.g. "debian-trixie-slim-base"). */
  key: string;
  files: Record<string, FileSpec>;
  /** Unpacked size in bytes that `docker history` shows for this layer (the real image's). */
  size: number;
  /** Compressed (gzip blob) size in bytes of the real image's layer: the CONTENT SIZE column. */
  compressedSize: number;
  /** The history line that produced this layer. */
  createdBy: string;
  /** RFC 3339. */
  created: string;
}

/** A history entry that made no layer (ENV, CMD, EXPOSE, …). */
export interface EmptyHistorySpec {
  createdBy: string;
  created: string;
}

export interface ImageSpec {
  /** Repository path without the docker.io/ prefix, e.g. "library/nginx". */
  repository: string;
  tags: string[];
  /** Creation time of the image (config.created), RFC 3339. */
  created: string;
  /** Layers and empty steps in build order, base first. */
  steps: Array<{ layer: LayerSpec } | { empty: EmptyHistorySpec }>;
  config: {
    Env: string[];
    Cmd?: string[];
    Entrypoint?: string[];
    WorkingDir?: string;
    ExposedPorts?: string[];
    StopSignal?: string;
    Labels?: Record<string, string>;
  };
  /** What the main process does when the container starts: files it writes, lines it logs. */
  runtime: ImageRuntime;
}

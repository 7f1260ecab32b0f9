// The offline registry: the bundled catalog turned into real layers, configs, manifests and
// indexes, each made on first use and shared by every host (images are immutable).
import type { LayerEntry } from '../model/entry';
import type { ImageRuntime } from '../model/image-runtime';
import { createImage, type Image } from '../model/image';
import { createLayer, type Layer } from '../model/layer';
import { indexDocument, type Document, type HistoryEntry, type RuntimeConfig } from '../model/oci';
import { catalog } from './catalog';
import type { FileSpec, ImageSpec, LayerSpec } from './types';

export interface RemoteImage {
  repository: string;
  tag: string;
  image: Image;
  index: Document;
  /** What the image's own process does; the daemon keeps it with the image once pulled. */
  runtime: ImageRuntime;
}

/** Built images by spec, made on first use: a demo that pulls nginx never pays for python. */
const built = new Map<ImageSpec, { image: Image; index: Document }>();
const layerCache = new Map<string, Layer>();

function toEntry(spec: FileSpec): LayerEntry {
  if (typeof spec === 'string') return { type: 'file', content: spec, mode: 0o644 };
  if ('dir' in spec) return { type: 'dir', mode: spec.mode ?? 0o755 };
  if ('symlink' in spec) return { type: 'symlink', target: spec.symlink, mode: 0o777 };
  return { type: 'file', content: spec.content, mode: spec.mode };
}

function buildLayer(spec: LayerSpec, cache: Map<string, Layer>): Layer {
  const cached = cache.get(spec.key);
  if (cached) return cached;
  const entries = new Map<string, LayerEntry>(Object.entries(spec.files).map(([path, file]) => [path, toEntry(file)]));
  const layer = createLayer(entries, { size: spec.size, compressedSize: spec.compressedSize });
  cache.set(spec.key, layer);
  return layer;
}

function buildImage(spec: ImageSpec, cache: Map<string, Layer>): { image: Image; index: Document } {
  const layers: Layer[] = [];
  const history: HistoryEntry[] = [];
  for (const step of spec.steps) {
    if ('layer' in step) {
      layers.push(buildLayer(step.layer, cache));
      history.push({ created: step.layer.created, created_by: step.layer.createdBy, comment: 'buildkit.dockerfile.v0' });
    } else {
      history.push({ created: step.empty.created, created_by: step.empty.createdBy, comment: 'buildkit.dockerfile.v0', empty_layer: true });
    }
  }
  const c = spec.config;
  const config: RuntimeConfig = {
    ...(c.ExposedPorts ? { ExposedPorts: Object.fromEntries(c.ExposedPorts.map((p) => [p, {}])) } : {}),
    Env: c.Env,
    ...(c.Entrypoint ? { Entrypoint: c.Entrypoint } : {}),
    ...(c.Cmd ? { Cmd: c.Cmd } : {}),
    ...(c.WorkingDir ? { WorkingDir: c.WorkingDir } : {}),
    ...(c.Labels ? { Labels: c.Labels } : {}),
    ...(c.StopSignal ? { StopSignal: c.StopSignal } : {}),
  };
  // A pulled image's ID is its index's digest, the `Digest:` the pull prints (containerd store).
  const image = createImage({ created: spec.created, config, layers, history, index: (manifest) => ({ index: indexDocument(manifest) }) });
  return { image, index: image.targetDoc };
}

function materialize(spec: ImageSpec): { image: Image; index: Document } {
  let done = built.get(spec);
  if (!done) {
    done = buildImage(spec, layerCache);
    built.set(spec, done);
  }
  return done;
}

function remote(spec: ImageSpec, tag: string): RemoteImage {
  const { image, index } = materialize(spec);
  return { repository: spec.repository, tag, image, index, runtime: spec.runtime };
}

/** Looks up "docker.io/library/nginx:latest"; undefined when the registry has no such tag. */
export function resolveRemote(repositoryPath: string, tag: string, domain = 'docker.io'): RemoteImage | undefined {
  if (domain !== 'docker.io') return undefined;
  const spec = catalog.find((s) => s.repository === repositoryPath && s.tags.includes(tag));
  return spec ? remote(spec, tag) : undefined;
}

export function repositoryExists(repositoryPath: string, domain = 'docker.io'): boolean {
  return domain === 'docker.io' && catalog.some((s) => s.repository === repositoryPath);
}

/** Finds a bundled image by the digest of its index (pull by digest). */
export function resolveRemoteByDigest(repositoryPath: string, digest: string): RemoteImage | undefined {
  for (const spec of catalog) {
    if (spec.repository === repositoryPath && materialize(spec).index.digest === digest) return remote(spec, spec.tags[0]!);
  }
  return undefined;
}

/** Every bundled reference, for completion and the property tests. */
export function remoteReferences(): string[] {
  return catalog.flatMap((s) => s.tags.map((t) => `${s.repository.replace(/^library\//, '')}:${t}`));
}

// The offline registry: the bundled catalog turned into real layers, configs, manifests and
// indexes, once per page load and shared by every host (images are immutable).
import type { LayerEntry } from '../model/entry';
import { createImage, type Image } from '../model/image';
import { createLayer, type Layer } from '../model/layer';
import { indexDocument, type Document, type HistoryEntry, type RuntimeConfig } from '../model/oci';
import { catalog } from './images/catalog';
import type { FileSpec, ImageSpec, LayerSpec } from './types';

export interface RemoteImage {
  repository: string;
  tag: string;
  image: Image;
  index: Document;
  runtime: ImageSpec['runtime'];
}

let built: Map<string, RemoteImage> | undefined;
/** Every runtime spec by image ID, so images built FROM a bundled one inherit its behaviour. */
const runtimes = new Map<string, ImageSpec['runtime']>();

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
  const image = createImage({ created: spec.created, config, layers, history });
  return { image, index: indexDocument(image.manifestDoc) };
}

function registry(): Map<string, RemoteImage> {
  if (built) return built;
  const out = new Map<string, RemoteImage>();
  const layerCache = new Map<string, Layer>();
  for (const spec of catalog) {
    const { image, index } = buildImage(spec, layerCache);
    runtimes.set(image.id, spec.runtime);
    for (const tag of spec.tags) out.set(`docker.io/${spec.repository}:${tag}`, { repository: spec.repository, tag, image, index, runtime: spec.runtime });
  }
  built = out;
  return out;
}

/** Looks up "docker.io/library/nginx:latest"; undefined when the registry has no such tag. */
export function resolveRemote(repositoryPath: string, tag: string, domain = 'docker.io'): RemoteImage | undefined {
  return registry().get(`${domain}/${repositoryPath}:${tag}`);
}

export function repositoryExists(repositoryPath: string, domain = 'docker.io'): boolean {
  const prefix = `${domain}/${repositoryPath}:`;
  for (const key of registry().keys()) if (key.startsWith(prefix)) return true;
  return false;
}

/** Finds a bundled image by the digest of its index (pull by digest). */
export function resolveRemoteByDigest(repositoryPath: string, digest: string): RemoteImage | undefined {
  for (const remote of registry().values()) if (remote.repository === repositoryPath && remote.index.digest === digest) return remote;
  return undefined;
}

export function runtimeOf(imageId: string): ImageSpec['runtime'] | undefined {
  registry();
  return runtimes.get(imageId);
}

export function inheritRuntime(childId: string, parentId: string): void {
  const runtime = runtimeOf(parentId);
  if (runtime) runtimes.set(childId, runtime);
}

/** Every bundled reference, for completion and the property tests. */
export function remoteReferences(): string[] {
  return [...registry().values()].map((r) => `${r.repository.replace(/^library\//, '')}:${r.tag}`);
}

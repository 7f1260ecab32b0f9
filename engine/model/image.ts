// An image: read-only layers plus a config, addressed by the sha256 of its config bytes.
// Nothing in the kit mutates an Image after it is made; tags live in the host, not here.
import type { Entry, Tree } from './entry';
import { ancestorsOf, parentOf } from './entry';
import type { Layer } from './layer';
import type { Document, HistoryEntry, ImageConfig, RuntimeConfig } from './oci';
import { configDocument, manifestDocument } from './oci';

export interface Image {
  /** sha256 of the config bytes (OCI image ID). */
  readonly id: string;
  readonly config: Readonly<ImageConfig>;
  readonly configDoc: Document;
  readonly manifestDoc: Document;
  readonly layers: readonly Layer[];
  /** Unpacked size of all layers. */
  readonly size: number;
  readonly contentSize: number;
  /** Epoch ms of config.created. */
  readonly createdMs: number;
  /** The image this one was built or committed from (for build-cache lookups). */
  readonly parentId?: string;
  /** The merged, read-only view of every layer (computed once, on first use). */
  rootfs(): RootFs;
}

export interface RootFs {
  readonly tree: Tree;
  /** Names of the direct children of a directory. */
  children(dir: string): readonly string[];
}

export function createImage(options: {
  created: string;
  config: RuntimeConfig;
  layers: readonly Layer[];
  history: readonly HistoryEntry[];
  parentId?: string;
  author?: string;
}): Image {
  const { doc: configDoc, value } = configDocument(options.created, options.config, options.layers, options.history, options.author);
  const manifestDoc = manifestDocument(configDoc, options.layers);
  let rootfs: RootFs | undefined;
  return Object.freeze({
    id: configDoc.digest,
    config: value,
    configDoc,
    manifestDoc,
    layers: options.layers,
    size: options.layers.reduce((sum, l) => sum + l.size, 0),
    contentSize: options.layers.reduce((sum, l) => sum + l.compressedSize, 0),
    createdMs: Date.parse(options.created),
    ...(options.parentId ? { parentId: options.parentId } : {}),
    rootfs: () => (rootfs ??= mergeLayers(options.layers)),
  });
}

/** Applies layers in order, honouring whiteouts and opaque directories (OCI layer.md). */
export function mergeLayers(layers: readonly Layer[]): RootFs {
  const tree = new Map<string, Entry>();
  for (const layer of layers) {
    for (const [path, entry] of layer.entries) {
      if (entry.type === 'whiteout' || (entry.type === 'dir' && entry.opaque)) {
        for (const key of [...tree.keys()]) if (key.startsWith(path + '/')) tree.delete(key);
        if (entry.type === 'whiteout') tree.delete(path);
      }
      if (entry.type !== 'whiteout') {
        for (const dir of ancestorsOf(path)) if (!tree.has(dir)) tree.set(dir, { type: 'dir', mode: 0o755 });
        tree.set(path, entry.type === 'dir' ? { type: 'dir', mode: entry.mode } : entry);
      }
    }
  }
  const childIndex = new Map<string, string[]>();
  for (const path of [...tree.keys()].sort()) {
    const parent = parentOf(path);
    let list = childIndex.get(parent);
    if (!list) childIndex.set(parent, (list = []));
    list.push(path.slice(path.lastIndexOf('/') + 1));
  }
  return { tree, children: (dir) => childIndex.get(dir) ?? [] };
}

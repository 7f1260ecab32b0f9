// An image: read-only layers plus a config, a manifest naming them, and (for pulled and built
// images) an index naming the manifest. Docker 29's containerd store addresses an image by the
// digest of its top-level target, the index or the manifest (moby daemon/containerd/image.go,
// image.ID(img.Target.Digest)); the config digest is the OCI ImageID, what the classic store showed.
// Nothing in the kit mutates an Image after it is made; tags live in the daemon, not here.
import type { Entry, Tree } from './entry';
import { ancestorsOf, parentOf } from './entry';
import type { Layer } from './layer';
import type { Document, HistoryEntry, ImageConfig, RuntimeConfig } from './oci';
import { configDocument, manifestDocument } from './oci';

export interface Image {
  /** Docker 29's image ID: the digest of the top-level target (`targetDoc`). */
  readonly id: string;
  /** sha256 of the config bytes: the OCI ImageID (the classic store's image ID). */
  readonly configDigest: string;
  readonly config: Readonly<ImageConfig>;
  readonly configDoc: Document;
  readonly manifestDoc: Document;
  /** The index naming the manifest, when the image has one (pulled and built images; not commits). */
  readonly indexDoc?: Document;
  /** What the image's name points at: the index when there is one, else the manifest. */
  readonly targetDoc: Document;
  /** Other content the index names: a build's attestation manifest, its config and statement. */
  readonly attachedDocs: readonly Document[];
  readonly layers: readonly Layer[];
  /** Unpacked size of all layers. */
  readonly size: number;
  readonly contentSize: number;
  /** Epoch ms of config.created. */
  readonly createdMs: number;
  /** The image this one was built or committed from (for build-cache lookups). */
  readonly parentId?: string;
  /**
   * The parent a commit records in its image's labels (moby daemon/containerd/image_builder.go,
   * "org.mobyproject.image.parent"); `docker history` walks it. BuildKit's images have none.
   */
  readonly labelledParent?: string;
  /** The merged, read-only view of every layer (computed once, on first use). */
  rootfs(): RootFs;
}

export interface RootFs {
  readonly tree: Tree;
  /** Names of the direct children of a directory. */
  children(dir: string): readonly string[];
}

const commandOf = (i: Image) => JSON.stringify([i.config.config.Entrypoint ?? [], i.config.config.Cmd ?? []]);

/**
 * Whether an image still runs its base's own command: only then does the base's runtime behaviour
 * (nginx serving, alpine's shell exiting) describe it; a new CMD runs through the in-container programs.
 */
export const runsSameCommand = (a: Image, b: Image): boolean => commandOf(a) === commandOf(b);

export function createImage(options: {
  created: string;
  config: RuntimeConfig;
  layers: readonly Layer[];
  history: readonly HistoryEntry[];
  parentId?: string;
  labelledParent?: string;
  author?: string;
  /** Wraps the manifest in an index (a registry's or BuildKit's); without it the manifest is the target. */
  index?: (manifest: Document) => { index: Document; attached?: readonly Document[] };
}): Image {
  const { doc: configDoc, value } = configDocument(options.created, options.config, options.layers, options.history, options.author);
  const manifestDoc = manifestDocument(configDoc, options.layers);
  const wrapped = options.index?.(manifestDoc);
  const indexDoc = wrapped?.index;
  const targetDoc = indexDoc ?? manifestDoc;
  let rootfs: RootFs | undefined;
  return Object.freeze({
    id: targetDoc.digest,
    configDigest: configDoc.digest,
    config: value,
    configDoc,
    manifestDoc,
    ...(indexDoc ? { indexDoc } : {}),
    targetDoc,
    attachedDocs: wrapped?.attached ?? [],
    layers: options.layers,
    size: options.layers.reduce((sum, l) => sum + l.size, 0),
    contentSize: options.layers.reduce((sum, l) => sum + l.compressedSize, 0),
    createdMs: Date.parse(options.created),
    ...(options.parentId ? { parentId: options.parentId } : {}),
    ...(options.labelledParent ? { labelledParent: options.labelledParent } : {}),
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

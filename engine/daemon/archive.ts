// The daemon's part of `docker save` (a read-only query: the archive's bytes) and `docker load`
// (images added through the daemon), following moby docker-v29.7.2
// daemon/containerd/image_exporter.go: ExportImage resolves each name (a name without a tag takes
// every tag of its repository; an ID is saved without a name), LoadImage reports
// "Loaded image: <familiar name>" or, for an image saved without a name, "Loaded image ID: <digest>".
import { NoSuchImage } from '../errors/daemon-errors';
import type { Image } from '../model/image';
import type { ImageRuntime } from '../model/image-runtime';
import { readImageArchive, writeImageArchive, type SaveTarget } from '../model/oci-archive';
import { familiarName, familiarString, fullString, parseReference } from '../model/reference';
import { catalog } from '../registry/catalog';
import { resolveRemote } from '../registry/index';
import type { Daemon } from './daemon';

function isIdLike(daemon: Daemon, input: string): boolean {
  const hex = input.replace(/^sha256:/, '');
  return /^[a-f0-9]+$/.test(hex) && [...daemon.images.keys()].some((id) => id.startsWith(`sha256:${hex}`));
}

function target(daemon: Daemon, image: Image, fullNames: string[]): SaveTarget {
  const index = image.indexDoc ?? daemon.pulledIndexOf(image.id);
  return {
    image,
    ...(index ? { index } : {}),
    names: fullNames,
    repoTags: fullNames.map((n) => familiarString(parseReference(n))),
  };
}

/** The archive `docker save NAME…` writes. */
export function saveImages(daemon: Daemon, inputs: readonly string[]): Uint8Array {
  const targets: SaveTarget[] = [];
  for (const input of inputs) {
    if (isIdLike(daemon, input)) {
      targets.push(target(daemon, daemon.getImage(input), []));
      continue;
    }
    const ref = parseReference(input);
    if (ref.defaultedTag && !ref.digest) {
      // A repository name alone: every tag of it (exportRepository).
      const prefix = `${ref.domain}/${ref.path}:`;
      const tagged = [...daemon.tags].filter(([full]) => full.startsWith(prefix)).sort(([a], [b]) => (a < b ? -1 : 1));
      if (tagged.length === 0) throw new NoSuchImage(familiarName(ref));
      for (const [full, id] of tagged) targets.push(target(daemon, daemon.images.get(id)!, [full]));
      continue;
    }
    const image = daemon.getImage(input);
    targets.push(target(daemon, image, ref.digest ? [] : [fullString(ref)]));
  }
  return writeImageArchive(targets);
}

/** What the bundled registry knows an image's process does, when the loaded image is one of its own. */
function bundledRuntime(imageId: string): ImageRuntime | undefined {
  for (const spec of catalog) {
    const remote = resolveRemote(spec.repository, spec.tags[0]!);
    if (remote?.image.id === imageId) return remote.runtime;
  }
  return undefined;
}

/** `docker load`: adds each image of the archive; returns the lines the daemon streams back. */
export function loadImages(daemon: Daemon, bytes: Uint8Array): string[] {
  const lines: string[] = [];
  for (const { image, index, name } of readImageArchive(bytes)) {
    daemon.loaded(image, daemon.runtimeOf(image.id) ?? bundledRuntime(image.id), index, name);
    // The target digest: Docker 29's IMAGE ID (moby daemon/containerd/image_import.go).
    lines.push(name ? `Loaded image: ${familiarString(parseReference(name))}` : `Loaded image ID: ${image.id}`);
  }
  return lines;
}

// Finding what a viewer names (`image="nginx"`, `container="web"`) in a host snapshot, the way
// the docker CLI resolves references: a tag (":latest" implied), a full or short ID, a name.

import type { ContainerView, HostSnapshot, ImageView } from '../engine/index';

function withTag(ref: string): string {
  const lastSegment = ref.slice(ref.lastIndexOf('/') + 1);
  return lastSegment.includes(':') || ref.includes('@') ? ref : `${ref}:latest`;
}

export function findImage(snapshot: HostSnapshot | null, ref: string): ImageView | undefined {
  if (!snapshot || !ref) return undefined;
  const tagged = withTag(ref);
  const hex = ref.replace(/^sha256:/, '');
  return (
    snapshot.images.find((i) => i.repoTags.includes(tagged) || i.repoTags.includes(`docker.io/library/${tagged}`)) ??
    snapshot.images.find((i) => /^[0-9a-f]{4,64}$/.test(hex) && i.id.replace(/^sha256:/, '').startsWith(hex))
  );
}

export function findContainer(snapshot: HostSnapshot | null, nameOrId: string): ContainerView | undefined {
  if (!snapshot || !nameOrId) return undefined;
  const name = nameOrId.replace(/^\//, '');
  return (
    snapshot.containers.find((c) => c.name === name) ??
    snapshot.containers.find((c) => /^[0-9a-f]{1,64}$/.test(name) && c.id.startsWith(name))
  );
}

/** Containers made from `image`, in creation order (oldest first, as they were run). */
export function containersOf(snapshot: HostSnapshot | null, image: ImageView | undefined): ContainerView[] {
  if (!snapshot || !image) return [];
  return snapshot.containers.filter((c) => c.imageId === image.id).sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Containers created from `ref` that are not on `image`: the tag has moved since (a rebuild or a
 * pull) and they stay on the image it named then, as Docker's containers do.
 */
export function containersLeftBehind(snapshot: HostSnapshot | null, ref: string, image: ImageView | undefined): ContainerView[] {
  if (!snapshot || !image) return [];
  const wanted = withTag(ref);
  return snapshot.containers.filter((c) => withTag(c.image) === wanted && c.imageId !== image.id);
}

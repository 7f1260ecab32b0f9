// The daemon's part of `docker rmi` (containerd store, moby daemon/containerd/image_delete.go):
// by tag, the tag goes unless it is the last one a container's image has; by ID, the image goes
// with its tags unless containers use it or, without force, several repositories name it. Untagged
// parents nothing else holds go after it (unless --no-prune).
import { ImageInMultipleRepositories, ImageInUse, ImageTagInUse, NoSuchImage } from '../errors/daemon-errors';
import { familiarString, fullString, missingImageName, parseReference } from '../model/reference';
import type { Daemon } from './daemon';

/** What a removal did, in order: "Untagged: nginx:latest", "Deleted: sha256:…". */
export type RemovalEvent = { untagged: string } | { deleted: string };

function pruneParents(daemon: Daemon, parentId: string | undefined): RemovalEvent[] {
  const out: RemovalEvent[] = [];
  let parent = parentId ? daemon.images.get(parentId) : undefined;
  while (parent) {
    const held =
      daemon.tagsOf(parent.id).length > 0 ||
      daemon.containersOf(parent.id).length > 0 ||
      [...daemon.images.values()].some((i) => i.parentId === parent!.id);
    if (held) break;
    daemon.removeImage(parent.id);
    out.push({ deleted: parent.id });
    parent = parent.parentId ? daemon.images.get(parent.parentId) : undefined;
  }
  return out;
}

export function deleteImage(daemon: Daemon, input: string, force: boolean, prune: boolean): RemovalEvent[] {
  const image = daemon.findImage(input);
  if (!image) throw new NoSuchImage(missingImageName(input));
  const tags = daemon.tagsOf(image.id);
  const users = daemon.containersOf(image.id);
  let byTag: string | undefined;
  try {
    const ref = parseReference(input);
    if (daemon.tags.get(fullString(ref)) === image.id) byTag = fullString(ref);
  } catch {
    byTag = undefined;
  }
  if (byTag) {
    const familiar = familiarString(parseReference(byTag));
    if (tags.length > 1 || (users.length > 0 && force)) {
      daemon.untag(byTag);
      return [{ untagged: familiar }];
    }
    if (users.length > 0) throw new ImageTagInUse(familiar, users[0]!.id, image.id);
  } else {
    const running = users.find((c) => c.running);
    if (running) throw new ImageInUse(image.id, running.id, true);
    if (users.length > 0 && !force) throw new ImageInUse(image.id, users[0]!.id, false);
    if (tags.length > 1 && !force) throw new ImageInMultipleRepositories(image.id);
  }
  // By ID, stopped containers and several repositories are soft conflicts, which -f overrides: the
  // image goes, its tags with it (image_delete.go conflictSoft, deleteAll); the containers keep
  // their filesystems.
  const out: RemovalEvent[] = tags.map((t) => ({ untagged: t }));
  daemon.removeImage(image.id);
  out.push({ deleted: image.id });
  if (prune) out.push(...pruneParents(daemon, image.parentId));
  return out;
}

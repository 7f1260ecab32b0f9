// The daemon's part of `docker commit` (moby daemon/commit.go, daemon/containerd/image_commit.go):
// the container's writable layer becomes one new layer on its image's layers, the image's target
// is that manifest (a commit writes no index), and the name, if given, points at it.
import { CannotCommitDead } from '../errors/daemon-errors';
import { createImage, runsSameCommand, type Image } from '../model/image';
import { createGrownLayer } from '../model/layer';
import type { RuntimeConfig } from '../model/oci';
import type { Daemon } from './daemon';

export interface CommitOptions {
  /** The new image's runtime config (the container's, with --change applied). */
  config: RuntimeConfig;
  author?: string;
  message?: string;
  /** The full reference to name the image by ("docker.io/library/web:v2"). */
  tag?: string;
}

export function commitContainer(daemon: Daemon, ref: string, options: CommitOptions): Image {
  const c = daemon.getContainer(ref);
  if (c.dead) throw new CannotCommitDead(c.id);
  const base = c.image;
  const changeset = c.fs.changeset();
  // Installed packages' real sizes travel into the layer, as a build step's do.
  const layer = createGrownLayer(changeset, c.fs.installedBytes());
  const empty = changeset.size === 0;
  const created = new Date(daemon.now()).toISOString();
  const { author, message } = options;
  const image = createImage({
    created,
    ...(author ? { author } : {}),
    parentId: base.id,
    labelledParent: base.id,
    config: options.config,
    layers: empty ? base.layers : [...base.layers, layer],
    // created_by is the container's Cmd alone, without the entrypoint (moby image_commit.go).
    history: [
      ...base.config.history,
      {
        created,
        ...(author ? { author } : {}),
        created_by: c.config.cmd.join(' '),
        ...(message ? { comment: message } : {}),
        ...(empty ? { empty_layer: true } : {}),
      },
    ],
  });
  // The base's behaviour carries over only while the new image runs the base's own command: a
  // container run as `alpine sleep 1000` commits an image whose CMD is sleep, not alpine's shell.
  daemon.addImage(image, runsSameCommand(base, image) ? daemon.runtimeOf(base.id) : undefined);
  if (options.tag) daemon.setTag(options.tag, image.id);
  return image;
}

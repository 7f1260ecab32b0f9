// Pulling from the bundled registry: shared by `docker pull` and by run/create when the image
// is missing (docker-facts §1.3, §1.4).
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { shortId } from '../../format/text';
import type { Daemon } from '../../daemon/daemon';
import type { Image } from '../../model/image';
import { familiarName, familiarString, fullString, type Reference } from '../../model/reference';
import { repositoryExists, resolveRemote, resolveRemoteByDigest } from '../../registry/index';

export interface PullResult {
  image: Image;
  /** Progress lines: "latest: Pulling from library/nginx" … "Status: …". */
  lines: string[];
}

/** Pulls `ref`; throws CliError with the daemon's text (caller decides the CLI wrapping). */
export function pullReference(state: Daemon, ref: Reference): PullResult {
  const remote = ref.digest ? resolveRemoteByDigest(ref.path, ref.digest) : resolveRemote(ref.path, ref.tag ?? 'latest', ref.domain);
  if (!remote) {
    if (ref.domain === 'docker.io' && repositoryExists(ref.path) && !ref.digest) {
      throw new CliError(msg.tagNotFound(fullString(ref)), 1);
    }
    throw new CliError(msg.pullAccessDenied(familiarName(ref)), 1);
  }
  const displayRef = familiarString(ref);
  const lines = [`${ref.digest ? `${fullString(ref)}` : ref.tag}: Pulling from ${ref.path}`];
  const { image, index } = remote;
  const upToDate = state.images.has(image.id) && (ref.digest !== undefined || state.tags.get(fullString(ref)) === image.id);
  if (!upToDate) {
    for (const layer of image.layers) lines.push(`${shortId(layer.digest)}: ${state.hasLayer(layer.digest) ? 'Already exists' : 'Pull complete'}`);
  }
  lines.push(`Digest: ${index.digest}`);
  lines.push(`Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${displayRef}`);
  state.pulled(image, remote.runtime, index, `${familiarName(ref)}@${index.digest}`, ref.digest ? undefined : fullString(ref));
  return { image, lines };
}

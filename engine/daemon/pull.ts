// Pulling from the bundled offline registry (the daemon's part of `docker pull`, and of run,
// create and build FROM when the image is missing): the image, its tag, repo digest, index and
// runtime behaviour go into the daemon's store; the progress lines are what the daemon streams.
import { PullAccessDenied, TagNotFound } from '../errors/daemon-errors';
import { shortId } from '../model/digest';
import type { Image } from '../model/image';
import { familiarName, familiarString, fullString, type Reference } from '../model/reference';
import { repositoryExists, resolveRemote, resolveRemoteByDigest } from '../registry/index';
import type { Daemon } from './daemon';

export interface PullResult {
  image: Image;
  /** Progress lines: "latest: Pulling from library/nginx" … "Status: …". */
  lines: string[];
}

/** Pulls `ref`; throws TagNotFound or PullAccessDenied (the caller decides the CLI wrapping). */
export function pullReference(daemon: Daemon, ref: Reference): PullResult {
  const remote = ref.digest ? resolveRemoteByDigest(ref.path, ref.digest) : resolveRemote(ref.path, ref.tag ?? 'latest', ref.domain);
  if (!remote) {
    if (ref.domain === 'docker.io' && repositoryExists(ref.path) && !ref.digest) throw new TagNotFound(fullString(ref));
    throw new PullAccessDenied(familiarName(ref));
  }
  const displayRef = familiarString(ref);
  const lines = [`${ref.digest ? `${fullString(ref)}` : ref.tag}: Pulling from ${ref.path}`];
  const { image, index } = remote;
  const upToDate = daemon.images.has(image.id) && (ref.digest !== undefined || daemon.tags.get(fullString(ref)) === image.id);
  if (!upToDate) {
    for (const layer of image.layers)
      lines.push(`${shortId(layer.digest)}: ${daemon.hasLayer(layer.digest) ? 'Already exists' : 'Pull complete'}`);
  }
  lines.push(`Digest: ${index.digest}`);
  lines.push(`Status: ${upToDate ? 'Image is up to date' : 'Downloaded newer image'} for ${displayRef}`);
  daemon.pulled(image, remote.runtime, index, `${familiarName(ref)}@${index.digest}`, ref.digest ? undefined : fullString(ref));
  return { image, lines };
}

// FROM an image: BuildKit resolves its metadata ("[internal] load metadata for …") and fetches
// its content when the host does not have it, without naming it in the image store: with the
// containerd store a build adds no base image to `docker images` (only the exported image is named,
// buildkit exporter/containerimage/export.go).
import type { Daemon } from '../../../daemon/daemon';
import type { Image } from '../../../model/image';
import type { ImageRuntime } from '../../../model/image-runtime';
import { fullString, parseReference, type Reference } from '../../../model/reference';
import { repositoryExists, resolveRemote, resolveRemoteByDigest } from '../../../registry/index';
import { buildError } from './errors';

export interface BaseImage {
  image: Image;
  /** "docker.io/library/nginx:1.29" */
  full: string;
  /** "docker.io/library/nginx:1.29@sha256:…" as the FROM vertex names it. */
  shownName: string;
  /** What the image's own process does, when known (bundled images and those built on them). */
  runtime?: ImageRuntime;
}

export class BaseImageError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

export function parseBase(input: string): Reference | undefined {
  try {
    return parseReference(input);
  } catch {
    return undefined;
  }
}

/** Finds the image on the host or in the registry; throws BaseImageError with BuildKit's resolver wording. */
export function resolveBaseImage(state: Daemon, input: string, ref: Reference): BaseImage {
  const full = fullString(ref);
  const local = state.findImage(full);
  if (local) {
    const runtime = state.runtimeOf(local.id);
    return { image: local, full, shownName: ref.digest ? full : `${full}@${local.id}`, ...(runtime ? { runtime } : {}) };
  }
  const remote = ref.digest ? resolveRemoteByDigest(ref.path, ref.digest) : resolveRemote(ref.path, ref.tag ?? 'latest', ref.domain);
  if (!remote)
    throw new BaseImageError(
      repositoryExists(ref.path, ref.domain) ? buildError.baseNotFound(input, full) : buildError.baseAccessDenied(full),
    );
  // The ID is the index digest, the digest the resolver pins the FROM to.
  return { image: remote.image, full, shownName: ref.digest ? full : `${full}@${remote.image.id}`, runtime: remote.runtime };
}

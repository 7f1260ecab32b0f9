// FROM an image: BuildKit resolves its metadata ("[internal] load metadata for …"), pulling it
// when the host does not have it (the pull's own progress is not part of the build's display).
import { DaemonError } from '../../../errors/daemon-errors';
import type { Daemon } from '../../../daemon/daemon';
import type { Image } from '../../../model/image';
import { familiarName, fullString, parseReference, type Reference } from '../../../model/reference';
import { repositoryExists } from '../../../registry/index';
import { buildError } from './errors';

export interface BaseImage {
  image: Image;
  /** "docker.io/library/nginx:1.29" */
  full: string;
  /** "docker.io/library/nginx:1.29@sha256:…" as the FROM vertex names it. */
  shownName: string;
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

/** Finds or pulls the image; throws BaseImageError with BuildKit's resolver wording. */
export function resolveBaseImage(state: Daemon, input: string, ref: Reference): BaseImage {
  const full = fullString(ref);
  let image = state.findImage(full);
  if (!image) {
    try {
      image = state.pull(ref).image;
    } catch (e) {
      if (!(e instanceof DaemonError)) throw e;
      throw new BaseImageError(repositoryExists(ref.path, ref.domain) ? buildError.baseNotFound(input, full) : buildError.baseAccessDenied(full));
    }
  }
  const digest = state.repoDigestsOf(image.id).find((d) => d.startsWith(`${familiarName(ref)}@`))?.split('@')[1];
  return { image, full, shownName: ref.digest ? full : digest ? `${full}@${digest}` : full };
}

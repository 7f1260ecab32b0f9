// `docker images --filter`: the keys moby's image list accepts (daemon/containerd/image_list.go):
// dangling, label, before, since, until, reference. A reference pattern is matched the way
// distribution's FamiliarMatch does: path.Match against "name:tag", then against the name alone.
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import type { Daemon } from '../../daemon/daemon';
import type { Image } from '../../model/image';
import { familiarName, familiarString, parseReference } from '../../model/reference';
import { parseSince } from '../container/log-since';
import { labelMatcher, splitFilter } from '../prune-filter';

/** Go's path.Match: `*` and `?` never cross a `/`; `[…]` classes as written. */
function globRegExp(pattern: string): RegExp {
  const body = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .replace(/\*/g, '[^/]*')
    .replace(/\?/g, '[^/]');
  return new RegExp(`^${body}$`);
}

export type EntryFilter = (image: Image, ref: string | undefined) => boolean;

/** Throws the daemon's error for an unknown key or a missing before/since image. */
export function imageFilter(filters: readonly string[], state: Daemon): EntryFilter {
  const checks: EntryFilter[] = [];
  for (const f of filters) {
    const [key, value] = splitFilter(f);
    switch (key) {
      case 'dangling':
        checks.push((image) => (state.tagsOf(image.id).length === 0) === (value === 'true' || value === '1'));
        break;
      case 'label': {
        const matches = labelMatcher(value);
        checks.push((image) => matches(image.config.config.Labels ?? {}));
        break;
      }
      case 'before':
      case 'since': {
        const pivot = state.getImage(value).createdMs;
        checks.push((image) => (key === 'before' ? image.createdMs < pivot : image.createdMs > pivot));
        break;
      }
      case 'until': {
        let until: number;
        try {
          until = parseSince(value, state.now());
        } catch {
          throw new CliError(msg.badFilterTime(value), 1);
        }
        checks.push((image) => image.createdMs < until);
        break;
      }
      case 'reference': {
        const re = globRegExp(value);
        checks.push((_image, ref) => {
          if (!ref) return false;
          const parsed = parseReference(ref);
          return re.test(familiarString(parsed)) || re.test(familiarName(parsed));
        });
        break;
      }
      default:
        throw new CliError(msg.invalidFilter(key), 1);
    }
  }
  return (image, ref) => checks.every((check) => check(image, ref));
}

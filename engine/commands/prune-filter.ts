// `--filter` of container and image prune: the keys the daemon accepts there (moby
// daemon/prune.go: until, label, label!), matched the way moby matches them.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import type { Image } from '../model/image';
import { parseSince } from './container/log-since';

export interface PruneSubject {
  created: number;
  labels: Record<string, string>;
}

/** A predicate over what may be pruned, or the daemon's error text for an unknown key. */
export function pruneFilter(filters: readonly string[], now: number): ((s: PruneSubject) => boolean) | { error: string } {
  const checks: Array<(s: PruneSubject) => boolean> = [];
  for (const f of filters) {
    const eq = f.indexOf('=');
    const key = eq === -1 ? f : f.slice(0, eq);
    const value = eq === -1 ? '' : f.slice(eq + 1);
    const negated = key.endsWith('!');
    const name = negated ? key.slice(0, -1) : key;
    if (name === 'until' && !negated) {
      let until: number;
      try {
        until = parseSince(value, now);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        // The daemon parses it (daemon/prune.go), without the client's `invalid value for` prefix.
        return { error: msg.badFilterTime(value) };
      }
      checks.push((s) => s.created < until);
    } else if (name === 'label') {
      const [lk, lv] = value.split('=') as [string, string?];
      const has = (s: PruneSubject) => lk in s.labels && (lv === undefined || s.labels[lk] === lv);
      checks.push(negated ? (s) => !has(s) : has);
    } else return { error: msg.invalidFilter(key) };
  }
  return (s) => checks.every((check) => check(s));
}

export function imageSubject(image: Image): PruneSubject {
  return { created: image.createdMs, labels: image.config.config.Labels ?? {} };
}

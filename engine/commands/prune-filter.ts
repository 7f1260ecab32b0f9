// `--filter` of container and image prune: the keys the daemon accepts there (moby
// daemon/prune.go: until, label, label!), matched the way moby matches them.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import type { Image } from '../model/image';
import { parseSince } from './container/log-since';

/** "key=value" (the value may hold more "="); a bare key has an empty value. */
export function splitFilter(filter: string): [string, string] {
  const eq = filter.indexOf('=');
  return eq === -1 ? [filter, ''] : [filter.slice(0, eq), filter.slice(eq + 1)];
}

/** moby's label filter: "key" matches any value of that label, "key=value" only that value. */
export function labelMatcher(value: string): (labels: Record<string, string>) => boolean {
  const [key, wanted] = value.split('=') as [string, string?];
  return (labels) => key in labels && (wanted === undefined || labels[key] === wanted);
}

export interface PruneSubject {
  created: number;
  labels: Record<string, string>;
}

/** A predicate over what may be pruned, or the daemon's error text for an unknown key. */
export function pruneFilter(filters: readonly string[], now: number): ((s: PruneSubject) => boolean) | { error: string } {
  const checks: Array<(s: PruneSubject) => boolean> = [];
  for (const f of filters) {
    const [key, value] = splitFilter(f);
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
      const matches = labelMatcher(value);
      const has = (s: PruneSubject) => matches(s.labels);
      checks.push(negated ? (s) => !has(s) : has);
    } else return { error: msg.invalidFilter(key) };
  }
  return (s) => checks.every((check) => check(s));
}

export function imageSubject(image: Image): PruneSubject {
  return { created: image.createdMs, labels: image.config.config.Labels ?? {} };
}

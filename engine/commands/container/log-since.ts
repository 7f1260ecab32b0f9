// `docker logs --since`: moby's timetypes.GetTimestamp. A Go duration ("42m", "1h30m", "10s")
// counts back from now; otherwise an RFC 3339 date or date-time, or Unix seconds.
import { msg } from '../../errors/messages';
import { CliError } from '../../errors/cli-error';

const UNIT_MS: Record<string, number> = { ns: 1e-6, us: 1e-3, µs: 1e-3, ms: 1, s: 1000, m: 60_000, h: 3_600_000 };
const DURATION = /^(\d+(?:\.\d+)?(?:ns|us|µs|ms|s|m|h))+$/;

/** `field` names the flag or filter in the error ("since", "until"). */
export function parseSince(value: string, now: number, field = 'since'): number {
  if (DURATION.test(value)) {
    let ms = 0;
    for (const [, n, unit] of value.matchAll(/(\d+(?:\.\d+)?)(ns|us|µs|ms|s|m|h)/g)) ms += Number(n) * UNIT_MS[unit!]!;
    return now - ms;
  }
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  // Dates without a zone are UTC here (the daemon reads them in its local zone, which is UTC).
  const withZone = /^\d{4}-\d\d-\d\d$/.test(value) ? `${value}T00:00:00Z` : /[zZ]|[+-]\d\d:?\d\d$/.test(value) ? value : `${value}Z`;
  const ms = Date.parse(withZone);
  if (Number.isNaN(ms)) throw new CliError(msg.badTime(field, value), 1);
  return ms;
}

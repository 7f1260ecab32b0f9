// go-units HumanDuration, the wording of "Up 2 minutes" and "3 weeks ago".

export function humanDuration(ms: number): string {
  const seconds = Math.trunc(ms / 1000);
  if (seconds < 1) return 'Less than a second';
  if (seconds === 1) return '1 second';
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.trunc(ms / 60_000);
  if (minutes === 1) return 'About a minute';
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.trunc(ms / 3_600_000 + 0.5);
  if (hours === 1) return 'About an hour';
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.trunc(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.trunc(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.trunc(hours / 24 / 30)} months`;
  return `${Math.trunc(ms / 3_600_000 / 24 / 365)} years`;
}

export function ago(ms: number): string {
  return `${humanDuration(ms)} ago`;
}

/** RFC 3339 with nanoseconds, as Go prints time.Time in inspect (zero time for "never"). */
export function rfc3339Nano(epochMs: number | null): string {
  if (epochMs === null) return '0001-01-01T00:00:00Z';
  const iso = new Date(epochMs).toISOString(); // 2026-11-27T10:00:00.123Z
  const [base, frac = '000Z'] = iso.split('.') as [string, string?];
  const nanos = frac.replace('Z', '').padEnd(9, '0').replace(/0+$/, '');
  return nanos ? `${base}.${nanos}Z` : `${base}Z`;
}

/** jsonmessage.RFC3339NanoFixed: always nine fractional digits (`docker logs -t`). */
export function rfc3339NanoFixed(epochMs: number): string {
  const iso = new Date(epochMs).toISOString();
  return `${iso.slice(0, 19)}.${iso.slice(20, 23)}000000Z`;
}

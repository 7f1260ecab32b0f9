// Log lines that carry a clock reading hold a token instead, so the data stays free of a clock and
// the engine fills in its own (simulated) time when the container starts.

/** Stands for the start time as `YYYY/MM/DD HH:MM:SS` (UTC), nginx's error-log format. */
export const logTimeToken = '{{time}}';

/** Stands for the start time as `DD Mon YYYY HH:MM:SS.mmm` (UTC), redis-server's log format. */
export const redisLogTimeToken = '{{redisTime}}';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/**
 * Replaces every time token in `line` with the time `epochMs` (UTC: containers have no TZ set).
 * Lines without a token come back unchanged.
 */
export function renderLogTime(line: string, epochMs: number): string {
  const d = new Date(epochMs);
  const hms = `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`;
  const nginxStyle = `${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())} ${hms}`;
  const redisStyle = `${pad(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${hms}.${pad(d.getUTCMilliseconds(), 3)}`;
  return line.split(logTimeToken).join(nginxStyle).split(redisLogTimeToken).join(redisStyle);
}

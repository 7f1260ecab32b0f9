// The host's view of a running container's processes, as `ps -ef` on the host shows them and
// `docker top` filters them (moby daemon/top_unix.go): host PIDs, the shim as the main process's
// parent, host user names (numbers for users the host does not have), start time and title.
import type { Container } from '../model/container';
import { effectiveArgv, ownRuntime } from './process';

export const PS_EF_TITLES = ['UID', 'PID', 'PPID', 'C', 'STIME', 'TTY', 'TIME', 'CMD'] as const;

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const DAY_MS = 24 * 60 * 60 * 1000;
const two = (n: number) => String(n).padStart(2, '0');

/** procps STIME: the time of day within the last 24 hours, then month and day, then the year (host clock, UTC). */
export function psStartTime(started: number, now: number): string {
  const d = new Date(started);
  if (now - started < DAY_MS) return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  if (d.getUTCFullYear() === new Date(now).getUTCFullYear()) return `${MONTHS[d.getUTCMonth()]}${two(d.getUTCDate())}`;
  return String(d.getUTCFullYear());
}

/**
 * Rows of `ps -ef` for a running container. The containerd shim started just before the main
 * process, and nginx's workers after the entrypoint's scripts, so their PIDs sit a little apart.
 */
export function processRows(c: Container, now: number): string[][] {
  const processes = ownRuntime(c)?.processes ?? [{ user: 'root', title: effectiveArgv(c).join(' ') }];
  const stime = psStartTime(c.startedAt ?? now, now);
  const tty = c.config.tty ? 'pts/0' : '?';
  return processes.map((p, i) => {
    const pid = i === 0 ? c.pid : c.pid + 50 + i;
    const ppid = i === 0 ? c.pid - 21 : c.pid;
    return [p.user, String(pid), String(ppid), '0', stime, tty, '00:00:00', p.title];
  });
}

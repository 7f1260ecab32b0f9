// A running container's processes, seen from the host (`ps -ef` there, which `docker top` filters:
// moby daemon/top_unix.go) and from inside (its own PID namespace, where the main process is 1).
import type { Container } from '../model/container';

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

export interface ContainerProcess {
  uid: number;
  /** PID inside the container. */
  pid: number;
  ppid: number;
  title: string;
}

/** The main process and its children as the container sees them. */
export function containerProcesses(c: Container): ContainerProcess[] {
  const own = c.ownRuntime()?.processes ?? [{ uid: 0, pid: 1, title: c.execArgv().join(' ') }];
  const tree = own.map((p, i) => ({ ...p, ppid: i === 0 ? 0 : 1 }));
  if (!c.config.init) return tree;
  // --init: tini runs as PID 1 with the container's argv after "--" (moby daemon/oci_linux.go
  // WithInit) and forks it; runc's set-up has used the PIDs before, so the child is 7.
  const shift = 6;
  return [
    { uid: 0, pid: 1, ppid: 0, title: ['/sbin/docker-init', '--', ...c.argv()].join(' ') },
    ...tree.map((p) => ({ ...p, pid: p.pid + shift, ppid: p.ppid + shift === shift ? 1 : p.ppid + shift })),
  ];
}

/**
 * Rows of `ps -ef` on the host for a running container: host PIDs (the containerd shim started
 * just before the main process, which is the others' parent), host user names (numbers: the host
 * has none of the images' users).
 */
export function processRows(c: Container, now: number): string[][] {
  const stime = psStartTime(c.startedAt ?? now, now);
  const tty = c.config.tty ? 'pts/0' : '?';
  const hostPid = (pid: number) => c.pid + pid - 1 + (pid > 1 ? 22 : 0);
  return containerProcesses(c).map((p) => {
    const ppid = p.ppid === 0 ? c.pid - 21 : hostPid(p.ppid);
    return [p.uid === 0 ? 'root' : String(p.uid), String(hostPid(p.pid)), String(ppid), '0', stime, tty, '00:00:00', p.title];
  });
}

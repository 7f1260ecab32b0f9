// `ps` inside a container: its own PID namespace, where the main process is PID 1 and ps is one
// more process. BusyBox's ps (busybox, alpine) prints one table whatever the options; procps's
// (the full Debian images) knows `ps`, `ps -ef` and `ps aux`. Images without ps never get here.
import { containerProcesses, psStartTime, type ContainerProcess } from '../runtime/process-table';
import { resolveUser } from './identity';
import type { Io } from './programs';

/** Where the ps process sits: how the command reached the container. */
export type Origin = 'main' | 'exec' | 'shell-main' | 'shell-exec';

interface Row extends ContainerProcess {
  tty: string;
  /** The program name (procps CMD without -f). */
  comm: string;
  self: boolean;
}

const SPACING = 6; // PIDs a shell and its child use up between them: the numbers people see in transcripts

function rows(io: Io, origin: Origin, argv: string[]): Row[] {
  const c = io.c;
  const mainTty = c.config.tty ? 'pts/0' : '?';
  const title = ['ps', ...argv].join(' ');
  const self = (pid: number, ppid: number, tty: string): Row => ({ uid: io.who.uid, pid, ppid, title, tty, comm: 'ps', self: true });
  if (origin === 'main') return [self(1, 0, mainTty)];
  const out: Row[] = containerProcesses(c).map((p) => ({
    ...p,
    tty: mainTty,
    comm: p.title.split(' ')[0]!.replace(/:$/, ''),
    self: false,
  }));
  const last = Math.max(...out.map((p) => p.pid));
  if (origin === 'shell-main') return [...out, self(last + SPACING, 1, mainTty)];
  if (origin === 'exec') return [...out, self(last + SPACING, 0, '?')];
  const shellPid = last + SPACING;
  const shell = io.shellName ?? 'sh';
  return [
    ...out,
    { uid: io.who.uid, pid: shellPid, ppid: 0, title: shell, comm: shell, tty: 'pts/1', self: false },
    self(shellPid + SPACING, shellPid, 'pts/1'),
  ];
}

function userName(io: Io, uid: number): string {
  try {
    return resolveUser(io.c, String(uid)).user ?? String(uid);
  } catch {
    return String(uid);
  }
}

function busybox(io: Io, all: Row[]): void {
  io.out.push('PID   USER     TIME  COMMAND');
  for (const p of all)
    io.out.push(`${String(p.pid).padStart(5)} ${userName(io, p.uid).slice(0, 8).padEnd(8)} ${'0:00'.padStart(5)} ${p.title}`);
}

function procps(io: Io, all: Row[], argv: string[], started: string): void {
  const options = argv.join(' ');
  const user = (p: Row) => {
    const name = userName(io, p.uid);
    return name.length > 8 ? name.slice(0, 7) + '+' : name;
  };
  if (/^-?aux$/.test(options)) {
    io.out.push('USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND');
    for (const p of all) {
      const [vsz, rss] = p.self ? [8108, 4072] : p.comm === 'sh' || p.comm === 'bash' ? [4324, 3456] : [12104, 8424];
      const stat = (p.self ? 'R' : 'Ss') + (p.tty === '?' ? '' : '+');
      io.out.push(
        `${user(p).padEnd(8)} ${String(p.pid).padStart(7)} ${'0.0'.padStart(4)} ${'0.0'.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ${p.tty.padEnd(8)} ${stat.padEnd(4)} ${started.padStart(5)} ${'0:00'.padStart(6)} ${p.title}`,
      );
    }
    return;
  }
  if (/^-(ef|fe|e -f|f -e)$/.test(options)) {
    io.out.push('UID          PID    PPID  C STIME TTY          TIME CMD');
    for (const p of all) {
      io.out.push(
        `${user(p).padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)} ${'0'.padStart(2)} ${started.padStart(5)} ${p.tty.padEnd(8)} ${'00:00:00'.padStart(8)} ${p.title}`,
      );
    }
    return;
  }
  // Plain `ps` (and options the kit does not model): this user's processes on this terminal.
  const mine = all.filter((p) => p.tty === all.find((x) => x.self)!.tty && p.uid === io.who.uid);
  io.out.push('    PID TTY          TIME CMD');
  for (const p of mine) io.out.push(`${String(p.pid).padStart(7)} ${p.tty.padEnd(8)} ${'00:00:00'.padStart(8)} ${p.comm}`);
}

export function ps(argv: string[], io: Io): number {
  const all = rows(io, io.origin ?? 'exec', argv);
  if (io.userland === 'busybox') busybox(io, all);
  // Started moments ago, as far as anyone in the talk waits: the time of day.
  else procps(io, all, argv, psStartTime(io.c.startedAt ?? 0, io.c.startedAt ?? 0));
  return 0;
}

// What a signal does to a container's main process. The process is PID 1: the kernel gives PID 1
// no default action, so a signal it has no handler for is ignored, and only SIGKILL (forced from
// the host's namespace) always ends it, with exit code 128+9 = 137. The bundled services (nginx,
// redis) handle TERM/INT/QUIT by shutting down cleanly (exit 0); their other handlers (reload,
// reopen logs) leave them running.
import { InvalidSignal } from '../errors/daemon-errors';
import type { Container } from '../model/container';
import type { Daemon } from './daemon';
import { behaviourOf, stopProcess } from './process';

const NUMBERS: Record<string, number> = {
  HUP: 1,
  INT: 2,
  QUIT: 3,
  ILL: 4,
  TRAP: 5,
  ABRT: 6,
  BUS: 7,
  FPE: 8,
  KILL: 9,
  USR1: 10,
  SEGV: 11,
  USR2: 12,
  PIPE: 13,
  ALRM: 14,
  TERM: 15,
  STKFLT: 16,
  CHLD: 17,
  CONT: 18,
  STOP: 19,
  TSTP: 20,
  TTIN: 21,
  TTOU: 22,
  URG: 23,
  XCPU: 24,
  XFSZ: 25,
  VTALRM: 26,
  PROF: 27,
  WINCH: 28,
  IO: 29,
  PWR: 30,
  SYS: 31,
};
const SHUTDOWN = new Set([2, 3, 15]);
/** Signals whose default action is not to terminate (signal(7): CHLD, CONT, STOP, TSTP, TTIN, TTOU, URG, WINCH). */
const NOT_FATAL = new Set([17, 18, 19, 20, 21, 22, 23, 28]);

/** moby/sys/signal ParseSignal: a number 1–64 or a name with or without SIG, any case. */
export function parseSignal(raw: string): number {
  if (/^\d+$/.test(raw)) {
    const n = Number(raw);
    if (n >= 1 && n <= 64) return n;
  }
  const n = NUMBERS[raw.toUpperCase().replace(/^SIG/, '')];
  if (n === undefined) throw new InvalidSignal(raw);
  return n;
}

function gracefulService(c: Container): boolean {
  return behaviourOf(c) === 'service' && c.runtime?.kind === 'service';
}

/** Sends `signal`; returns whether the process ended (pid_namespaces(7): only KILL is forced on PID 1). */
export function deliver(daemon: Daemon, c: Container, signal: number): boolean {
  if (!c.running) return false;
  const shutsDown = gracefulService(c) && SHUTDOWN.has(signal);
  // --init: tini is PID 1 and forwards the signal to the command, which is not PID 1, so the
  // default action applies to it (tini then exits with its status, 128+n).
  const byDefault = c.config.init === true && !NOT_FATAL.has(signal);
  if (signal !== 9 && !shutsDown && !byDefault) return false;
  stopProcess(daemon, c, shutsDown ? 0 : 128 + signal);
  return true;
}

/**
 * docker stop: the stop signal (--signal, else the image's STOPSIGNAL, else SIGTERM), then SIGKILL
 * once the timeout passes. Time does not pass here, so a process still running is killed at once;
 * with --timeout 0 even a clean shutdown has no time to finish.
 */
export function stopWith(daemon: Daemon, c: Container, signal: number, timeout: number | undefined): void {
  if (timeout === 0 && c.running) {
    deliver(daemon, c, 9);
    return;
  }
  if (!deliver(daemon, c, signal)) deliver(daemon, c, 9);
}

// What a container's main process does when it starts and stops: the daemon's part of the
// container lifecycle (daemon.ts calls these; nothing else changes a container's process state).
// Bundled images carry their behaviour with the image (service, exits, shell); other commands run
// once through the in-container programs. Time never passes on its own, so nothing here can hang.
import { PortAlreadyAllocated, ProcessNotStartable } from '../errors/daemon-errors';
import { Container } from '../model/container';
import { out } from '../output';
import { lookPath } from '../runtime/look-path';
import { resolveUser } from '../shell/identity';
import { runArgv } from '../shell/programs';
import type { OutputChunk } from '../types';
import type { Daemon } from './daemon';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const REPLS = new Set(['node', 'python', 'python3']);
const SERVICES = new Set(['nginx', 'redis-server', 'sleep', 'tail', 'httpd', 'docker-entrypoint.sh', 'top']);

export type Behaviour = 'service' | 'exits' | 'shell' | 'oneshot';

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

/** Flags that make a REPL print something and exit instead of waiting for input. */
const ONE_SHOT_FLAGS = new Set(['-v', '-V', '--version', '-e', '-c', '-p', '--eval', '--print', '-h', '--help']);

export function behaviourOf(c: Container): Behaviour {
  const runtime = c.ownRuntime();
  if (runtime) return runtime.kind;
  const effective = c.execArgv();
  const program = base(effective[0] ?? '');
  if (SHELLS.has(program) && !effective.includes('-c')) return 'shell';
  if (REPLS.has(program)) {
    if (effective.length === 1) return 'shell';
    return effective.slice(1).some((a) => ONE_SHOT_FLAGS.has(a)) ? 'oneshot' : 'service';
  }
  if (SERVICES.has(program) || program === 'docker-entrypoint.sh') return 'service';
  return 'oneshot';
}

function checkPorts(daemon: Daemon, c: Container): void {
  for (const p of c.ports) {
    const owner = daemon.portOwner(p.hostPort, p.protocol, p.hostIp);
    if (owner && owner !== c) throw new PortAlreadyAllocated(c.name, daemon.random.hex64(), p.hostIp, p.hostPort);
  }
}

/** What a fresh container of an image looks like after its process's start-up writes. */
export type StartupLayers = Map<object, ReturnType<Container['fs']['upperView']>>;

function writeAll(c: Container, writes: Record<string, string>): void {
  // The image's own start-up writes are modelled as succeeding even under --read-only (fidelity.md).
  const readOnly = c.fs.readOnly;
  c.fs.readOnly = false;
  for (const [path, content] of Object.entries(writes)) {
    if (path.endsWith('/')) c.fs.mkdir(path.slice(0, -1), true);
    else {
      c.fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', true);
      c.fs.writeFile(path, content);
    }
  }
  c.fs.readOnly = readOnly;
}

/**
 * A container that has written nothing yet shares one start-up layer with its siblings
 * (copy-on-write of the writable layer itself); one that has changes gets the writes applied.
 */
function applyStartupWrites(startupLayers: StartupLayers, c: Container, writes: Record<string, string>, fresh: boolean): void {
  if (!fresh || c.fs.changes().length > 0) {
    writeAll(c, writes);
    return;
  }
  let shared = startupLayers.get(c.image);
  if (!shared) {
    const probe = new Container('', '', '', c.image, 0, c.config, []);
    writeAll(probe, writes);
    shared = probe.fs.upperView();
    startupLayers.set(c.image, shared);
  }
  c.fs.adoptShared(shared);
}

export interface StartOutcome {
  /** What an attached `run` prints (one-shot output, hello-world's message), in write order. */
  output: OutputChunk[];
  /** Set when the process ended at once. */
  exited: boolean;
}

/** Leaves the default bridge, giving the address back. */
function disconnect(daemon: Daemon, c: Container): void {
  if (c.ip) daemon.bridge.release(c.ip);
  c.connect(undefined);
}

/** The process begins: on the bridge at a fresh address, running, with a PID. */
function begin(daemon: Daemon, c: Container, now: number): void {
  disconnect(daemon, c);
  c.connect(daemon.bridge.claim());
  c.running = true;
  c.paused = false;
  c.startedAt = now;
  c.pid = 1000 + daemon.random.below(60000);
}

/** The process ended with `code` (it ran to completion within the start). */
function end(daemon: Daemon, c: Container, now: number, code: number): void {
  disconnect(daemon, c);
  c.running = false;
  c.finishedAt = now;
  c.exitCode = code;
  c.pid = 0;
}

/** Starts the main process; throws PortAlreadyAllocated, UnknownUser or ProcessNotStartable when it cannot. */
export function startProcess(daemon: Daemon, startupLayers: StartupLayers, c: Container): StartOutcome {
  // moby daemon/start.go: networking first (ports), then the spec (the user), then the process.
  checkPorts(daemon, c);
  const who = resolveUser(c, c.config.user);
  const now = daemon.now();
  const behaviour = behaviourOf(c);
  // A shell with stdin open (-i) or a terminal (-t: it waits on the TTY, which nobody types into) runs on.
  if (behaviour === 'service' || (behaviour === 'shell' && (c.config.interactive || c.config.tty))) {
    const fresh = c.startedAt === null;
    begin(daemon, c, now);
    const runtime = c.runtime;
    if (behaviour === 'service' && runtime) {
      applyStartupWrites(startupLayers, c, runtime.writesOnStart ?? {}, fresh);
      c.log(now, runtime.logsOnStart ?? []);
    }
    return { output: [], exited: false };
  }
  if (behaviour === 'shell') {
    // A shell with no terminal and no stdin reads end-of-file and exits 0 at once.
    begin(daemon, c, now);
    end(daemon, c, now, 0);
    return { output: [], exited: true };
  }
  if (behaviour === 'exits') {
    const lines = c.runtime?.logsOnStart ?? [];
    begin(daemon, c, now);
    c.log(now, lines);
    end(daemon, c, now, 0);
    return { output: lines.length ? [out(lines.join('\n') + '\n')] : [], exited: true };
  }
  const argv = c.execArgv();
  const problem = lookPath(c, argv[0] ?? '', c.config.workingDir || '/');
  if (problem) {
    const failure = new ProcessNotStartable(argv[0] ?? '', problem);
    c.exitCode = failure.exitCode;
    throw failure;
  }
  const result = runArgv(c, argv, undefined, { main: true, now, who });
  begin(daemon, c, now);
  c.log(
    now,
    (result.stdout + result.stderr).split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''),
  );
  end(daemon, c, now, result.exitCode);
  return { output: result.output, exited: true };
}

/** Ends the main process with `exitCode` (the signal's 128+n, or 0 for a clean shutdown). */
export function stopProcess(daemon: Daemon, c: Container, exitCode: number): void {
  if (!c.running) return;
  c.running = false;
  c.paused = false;
  c.restarting = false;
  c.finishedAt = daemon.now();
  c.exitCode = exitCode;
  c.pid = 0;
  disconnect(daemon, c);
}

// What a container's main process does when it starts and stops. Bundled images carry their
// behaviour in the catalog (service, exits, shell); other commands run once through the small
// in-container programs. Time never passes on its own, so nothing here can hang.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import { lookPath } from './look-path';
import type { HostState } from '../host-state';
import { Container } from '../model/container';
import { runtimeOf } from '../registry/index';
import type { ImageSpec } from '../registry/types';
import { renderLogTime } from '../registry/catalog';
import { runArgv } from '../shell/programs';
import { out } from '../output';
import type { OutputChunk } from '../types';

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);
const REPLS = new Set(['node', 'python', 'python3']);
const SERVICES = new Set(['nginx', 'redis-server', 'sleep', 'tail', 'httpd', 'docker-entrypoint.sh', 'top']);

export type Behaviour = 'service' | 'exits' | 'shell' | 'oneshot';

const base = (path: string) => path.slice(path.lastIndexOf('/') + 1);

function sameArgv(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** Flags that make a REPL print something and exit instead of waiting for input. */
const ONE_SHOT_FLAGS = new Set(['-v', '-V', '--version', '-e', '-c', '-p', '--eval', '--print', '-h', '--help']);

/**
 * What the process really runs: the official images' docker-entrypoint.sh does its set-up only for
 * its own server and otherwise `exec "$@"`, so `docker run nginx ls /` runs ls.
 */
export function effectiveArgv(c: Container): string[] {
  const argv = c.argv();
  return base(argv[0] ?? '') === 'docker-entrypoint.sh' && argv.length > 1 && !SERVICES.has(base(argv[1]!)) ? argv.slice(1) : argv;
}

/** The bundled image's own behaviour, when the container runs the image's own command. */
export function ownRuntime(c: Container): ImageSpec['runtime'] | undefined {
  const config = c.image.config.config;
  const runtime = runtimeOf(c.image.id);
  return runtime && sameArgv(c.argv(), [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])]) ? runtime : undefined;
}

export function behaviourOf(c: Container): Behaviour {
  const runtime = ownRuntime(c);
  if (runtime) return runtime.kind;
  const effective = effectiveArgv(c);
  const program = base(effective[0] ?? '');
  if (SHELLS.has(program) && !effective.includes('-c')) return 'shell';
  if (REPLS.has(program)) {
    if (effective.length === 1) return 'shell';
    return effective.slice(1).some((a) => ONE_SHOT_FLAGS.has(a)) ? 'oneshot' : 'service';
  }
  if (SERVICES.has(program) || program === 'docker-entrypoint.sh') return 'service';
  return 'oneshot';
}

/** Log lines carry time tokens the catalog fills in (nginx's and redis's own timestamp styles). */
export function renderLogLine(line: string, at: number): string {
  return renderLogTime(line, at);
}

function checkPorts(state: HostState, c: Container): void {
  for (const p of c.ports) {
    const owner = state.portOwner(p.hostPort, p.protocol, p.hostIp);
    if (owner && owner !== c) throw new CliError(msg.portAllocated(c.name, state.random.hex64(), p.hostIp, p.hostPort), 1);
  }
}

/** What a fresh container of an image looks like after its process's start-up writes, per image. */
const startupLayers = new WeakMap<object, ReadonlyMap<string, unknown>>();

function writeAll(c: Container, writes: Record<string, string>): void {
  for (const [path, content] of Object.entries(writes)) {
    if (path.endsWith('/')) c.fs.mkdir(path.slice(0, -1), true);
    else {
      c.fs.mkdir(path.slice(0, path.lastIndexOf('/')) || '/', true);
      c.fs.writeFile(path, content);
    }
  }
}

/**
 * A container that has written nothing yet shares one start-up layer with its siblings
 * (copy-on-write of the writable layer itself); one that has changes gets the writes applied.
 */
function applyStartupWrites(c: Container, writes: Record<string, string>, fresh: boolean): void {
  if (!fresh || c.fs.changes().length > 0) {
    writeAll(c, writes);
    return;
  }
  let shared = startupLayers.get(c.image) as ReturnType<Container['fs']['upperView']> | undefined;
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

/** Starts the main process. Throws CliError (daemon text, without CLI wrapping) when it cannot start. */
export function startProcess(state: HostState, c: Container): StartOutcome {
  checkPorts(state, c);
  const now = state.now();
  const behaviour = behaviourOf(c);
  const begin = () => {
    c.running = true;
    c.paused = false;
    c.startedAt = now;
    c.pid = 1000 + state.random.below(60000);
  };
  const end = (code: number) => {
    c.running = false;
    c.finishedAt = now;
    c.exitCode = code;
    c.pid = 0;
  };
  if (behaviour === 'service' || (behaviour === 'shell' && c.config.interactive)) {
    const fresh = c.startedAt === null;
    begin();
    const runtime = runtimeOf(c.image.id);
    if (behaviour === 'service' && runtime) {
      applyStartupWrites(c, runtime.writesOnStart ?? {}, fresh);
      c.log(now, runtime.logsOnStart ?? []);
    }
    return { output: [], exited: false };
  }
  if (behaviour === 'shell') {
    // A shell with no terminal and no stdin reads end-of-file and exits 0 at once.
    begin();
    end(0);
    return { output: [], exited: true };
  }
  if (behaviour === 'exits') {
    const lines = runtimeOf(c.image.id)?.logsOnStart ?? [];
    begin();
    c.log(now, lines);
    end(0);
    return { output: lines.length ? [out(lines.join('\n') + '\n')] : [], exited: true };
  }
  const argv = effectiveArgv(c);
  const failure = lookPath(c, argv[0] ?? '', c.config.workingDir || '/');
  if (failure) {
    c.exitCode = failure.exitCode;
    throw new CliError(msg.runStartFailed(failure.reason), failure.exitCode);
  }
  const result = runArgv(c, argv, undefined, { main: true, now });
  begin();
  c.log(now, (result.stdout + result.stderr).split('\n').filter((l, i, all) => i < all.length - 1 || l !== ''));
  end(result.exitCode);
  return { output: result.output, exited: true };
}

/**
 * Ends the main process as SIGKILL does (exit 137). Which signal a command sends, and whether the
 * process shuts down cleanly instead, is decided in commands/container/signals.ts.
 */
export function stopProcess(state: HostState, c: Container): void {
  if (!c.running) return;
  c.running = false;
  c.paused = false;
  c.restarting = false;
  c.finishedAt = state.now();
  c.exitCode = 137;
  c.pid = 0;
  if (state.attached?.id === c.id) state.attached = null;
}

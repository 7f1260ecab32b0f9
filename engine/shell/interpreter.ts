// The one shell interpreter, for the learner's host (bash) and for the shells inside containers
// (dash, BusyBox ash, bash): it runs a line's commands joined by ; && ||, expands each command's
// words only when it runs (so `$?` is the status of the one before), opens `>`/`>>` targets before
// the command runs (as sh does: when it cannot, nothing runs), and keeps the two special built-ins
// that act on the shell itself, `cd` and `exit`. Everything else is a program from the caller's
// table (the host's or the container's), reached through `ShellWorld.run`.
import { expandCommand, parseLine, ShellSyntaxError, type Lookup } from '../cli/tokenize';
import type { FsErrorCode } from '../model/cow';
import { normalizePath, parentOf } from '../model/entry';
import type { OutputChunk } from '../types';
import { shellError, type Dialect } from './coreutils';

/** The state a shell keeps between lines: where it is, where it was, the last status. */
export interface ShellState {
  cwd: string;
  oldPwd?: string;
  status: number;
}

/** Both streams of a line write into one list, so their order survives. */
export class Writes {
  readonly chunks: OutputChunk[] = [];
  write(stream: OutputChunk['stream'], text: string): void {
    if (text !== '') this.chunks.push({ stream, text });
  }
  stdout(): string {
    return this.chunks
      .filter((c) => c.stream === 'stdout')
      .map((c) => c.text)
      .join('');
  }
}

/** What the interpreter needs from where it runs: the filesystem, the variables, the programs. */
export interface ShellWorld {
  /** The name the shell's own errors start with ("bash", "sh", …). */
  name: string;
  /** Which shell it is, for the wording of its errors. */
  dialect: Dialect;
  home: string;
  /** The process environment ($HOME, $PATH, …); undefined when unset. */
  variable(key: string): string | undefined;
  /** What is at an absolute path. */
  kind(path: string): 'dir' | 'file' | undefined;
  /** Writes a redirect's output; the reason when it cannot. */
  write(path: string, text: string, append: boolean): FsErrorCode | undefined;
  /** Runs a program (not cd or exit) with its output into `writes`; its exit status. */
  run(words: string[], state: ShellState, writes: Writes): number;
  /** Whether `exit` ends this shell (false for the host terminal, which cannot close). */
  canExit: boolean;
}

export interface LineOutcome {
  status: number;
  /** Set when `exit` ran: the shell's exit status. */
  exited?: number;
}

const DEV_NULL = '/dev/null';

/** Runs one line; `state` is updated (cwd, status). */
export function runLine(line: string, world: ShellWorld, state: ShellState, writes: Writes): LineOutcome {
  let pipeline;
  try {
    pipeline = parseLine(line);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    writes.write('stderr', shellError.syntax(world.dialect, world.name, e.message) + '\n');
    state.status = 2;
    return { status: 2 };
  }
  const lookup: Lookup = (key) => {
    if (key === '?') return String(state.status);
    if (key === 'PWD') return state.cwd;
    if (key === 'OLDPWD') return state.oldPwd;
    if (key === 'HOME') return world.variable('HOME') ?? world.home;
    return world.variable(key);
  };
  let skip = false;
  for (const { command: raw, next } of pipeline) {
    if (!skip) {
      const command = expandCommand(raw, lookup);
      const [first, ...args] = command.words;
      if (first === 'exit' && world.canExit) {
        const code = exitStatus(args, world, state, writes);
        state.status = code;
        return { status: code, exited: code };
      }
      if (first === 'cd') state.status = changeDirectory(args, world, state, writes);
      else if (command.redirect) state.status = redirected(command.words, command.redirect, world, state, writes);
      else if (command.words.length) state.status = world.run(command.words, state, writes);
      else state.status = 0;
    }
    skip = (next === '&&' && state.status !== 0) || (next === '||' && state.status === 0);
  }
  return { status: state.status };
}

function exitStatus(args: string[], world: ShellWorld, state: ShellState, writes: Writes): number {
  const arg = args[0];
  if (arg === undefined) return state.status;
  if (!/^[+-]?\d+$/.test(arg)) {
    // bash: "exit: abc: numeric argument required" and status 2 (builtins/common.c); dash and ash: "Illegal number".
    writes.write('stderr', shellError.exitNumber(world.dialect, world.name, arg) + '\n');
    return 2;
  }
  return ((Number(arg) % 256) + 256) % 256;
}

function changeDirectory(args: string[], world: ShellWorld, state: ShellState, writes: Writes): number {
  if (args.length > 1 && world.dialect === 'bash') {
    writes.write('stderr', shellError.cdTooMany(world.name) + '\n');
    return 1;
  }
  let target = args[0] ?? world.variable('HOME') ?? world.home;
  let print = false;
  if (target === '-') {
    // `cd -` goes to $OLDPWD and prints it (POSIX cd).
    if (state.oldPwd === undefined) {
      writes.write('stderr', shellError.oldPwdNotSet(world.name) + '\n');
      return 1;
    }
    target = state.oldPwd;
    print = true;
  }
  const path = normalizePath(target, state.cwd);
  const kind = world.kind(path);
  if (kind !== 'dir') {
    writes.write('stderr', shellError.cd(world.dialect, world.name, target, kind ? 'ENOTDIR' : 'ENOENT') + '\n');
    return failure(world);
  }
  state.oldPwd = state.cwd;
  state.cwd = path;
  if (print) writes.write('stdout', path + '\n');
  return 0;
}

function redirected(
  words: string[],
  redirect: { append: boolean; target: string },
  world: ShellWorld,
  state: ShellState,
  writes: Writes,
): number {
  const path = normalizePath(redirect.target, state.cwd);
  const problem = path === DEV_NULL ? undefined : cannotCreate(world, path);
  if (problem) {
    writes.write('stderr', shellError.redirect(world.dialect, world.name, redirect.target, problem) + '\n');
    return failure(world);
  }
  // The command's stdout goes to the file (or nowhere); its stderr stays on the terminal.
  const captured = new Writes();
  const code = words.length ? world.run(words, state, captured) : 0;
  for (const c of captured.chunks) if (c.stream === 'stderr') writes.write('stderr', c.text);
  const late = path === DEV_NULL ? undefined : world.write(path, captured.stdout(), redirect.append);
  if (late) {
    writes.write('stderr', shellError.redirect(world.dialect, world.name, redirect.target, late) + '\n');
    return failure(world);
  }
  return code;
}

/** A shell's own failure (cd, a redirect): bash returns 1, dash and ash 2. */
const failure = (world: ShellWorld) => (world.dialect === 'bash' ? 1 : 2);

/** Why `>` cannot open `path`: it is a directory, or its parent is missing or not a directory. */
function cannotCreate(world: ShellWorld, path: string): FsErrorCode | undefined {
  if (world.kind(path) === 'dir') return 'EISDIR';
  const parent = world.kind(parentOf(path));
  return parent === 'dir' ? undefined : parent ? 'ENOTDIR' : 'ENOENT';
}

// The one shell interpreter, for the learner's host (bash) and for the shells inside containers
// (dash, BusyBox ash, bash): it runs a line's commands joined by ; && ||, expands each command's
// words only when it runs (so `$?` is the status of the one before), opens `>`/`>>` targets before
// the command runs (as sh does: when it cannot, nothing runs), and keeps the two special built-ins
// that act on the shell itself, `cd` and `exit`. Everything else is a program from the caller's
// table (the host's or the container's), reached through `ShellWorld.run`.
import {
  expandCommand,
  parseLine,
  ShellSyntaxError,
  type Lookup,
  type RawCommand,
  type Redirect,
  type SimpleCommand,
} from '../cli/tokenize';
import type { FsErrorCode } from '../model/cow';
import { normalizePath, parentOf } from '../model/entry';
import { strFromU8, strToU8 } from 'fflate';
import type { OutputChunk } from '../types';
import { shellError, type Dialect } from './coreutils';

/** The state a shell keeps between lines: where it is, where it was, the last status. */
export interface ShellState {
  cwd: string;
  oldPwd?: string;
  status: number;
}

/** What a program reads on stdin, or a file or pipe holds: text, or bytes (an archive). */
export type Input = string | Uint8Array;

/** Where one stream goes: the terminal, a file or pipe being filled, or /dev/null. */
export interface Sink {
  /** Whether this is the terminal (`docker save` refuses to write an archive there). */
  readonly terminal: boolean;
  text(text: string): void;
  bytes(bytes: Uint8Array): void;
}

/** A terminal shows bytes as text: what is not UTF-8 becomes U+FFFD, as a terminal draws it. */
const shown = (bytes: Uint8Array): string => strFromU8(bytes);

class TerminalSink implements Sink {
  readonly terminal = true;
  constructor(
    private readonly chunks: OutputChunk[],
    private readonly stream: OutputChunk['stream'],
  ) {}
  text(text: string): void {
    if (text !== '') this.chunks.push({ stream: this.stream, text });
  }
  bytes(bytes: Uint8Array): void {
    this.text(shown(bytes));
  }
}

/** A file or pipe being filled: text stays text until bytes arrive. */
export class Capture implements Sink {
  readonly terminal = false;
  readonly #parts: Input[] = [];
  text(text: string): void {
    if (text !== '') this.#parts.push(text);
  }
  bytes(bytes: Uint8Array): void {
    if (bytes.length) this.#parts.push(bytes);
  }
  /** What was written: one string, or the bytes (text in UTF-8) once any write was bytes. */
  content(): Input {
    if (this.#parts.every((p) => typeof p === 'string')) return this.#parts.join('');
    return concatBytes(this.#parts.map(inputBytes));
  }
}

const NULL_SINK: Sink = { terminal: false, text: () => {}, bytes: () => {} };

/** Input as bytes (text is UTF-8), and as text (bytes read as UTF-8). */
export const inputBytes = (input: Input): Uint8Array => (typeof input === 'string' ? strToU8(input) : input);
export const inputText = (input: Input): string => (typeof input === 'string' ? input : shown(input));

function concatBytes(parts: Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0]!;
  const all = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    at += p.length;
  }
  return all;
}

/**
 * A command's three streams. The line's terminal writes go into one list, so their order survives;
 * a redirection or a pipe gives a command other sinks (and stdin) over the same list.
 */
export class Writes {
  readonly chunks: OutputChunk[];
  readonly out: Sink;
  readonly err: Sink;
  /** stdin when it is a file or a pipe; undefined when it is the terminal. */
  readonly stdin: Input | undefined;
  constructor(from: { chunks?: OutputChunk[]; out?: Sink; err?: Sink; stdin?: Input } = {}) {
    this.chunks = from.chunks ?? [];
    this.out = from.out ?? new TerminalSink(this.chunks, 'stdout');
    this.err = from.err ?? new TerminalSink(this.chunks, 'stderr');
    this.stdin = from.stdin;
  }
  write(stream: OutputChunk['stream'], text: string): void {
    (stream === 'stdout' ? this.out : this.err).text(text);
  }
  /** The same terminal with some streams elsewhere. */
  with(change: { out?: Sink; err?: Sink; stdin?: Input }): Writes {
    return new Writes({ chunks: this.chunks, out: this.out, err: this.err, stdin: this.stdin, ...change });
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
  /** Writes a redirect's output (creating or truncating with `text` "" and append false); the reason when it cannot. */
  write(path: string, content: Input, append: boolean): FsErrorCode | undefined;
  /** A file's content for `<`, or why it cannot be read. */
  read(path: string): Input | { error: FsErrorCode };
  /** Runs a program (not cd or exit) with its streams in `writes`; its exit status. */
  run(words: string[], state: ShellState, writes: Writes): number;
  /** Whether `exit` ends this shell. */
  canExit: boolean;
  /** What the shell says on stderr as `exit` runs, before any complaint about its argument (bash: "exit"). */
  farewell?: string;
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
  /** The commands of a pipeline before its last (`a | b | c`). */
  let piped: RawCommand[] = [];
  for (const { command: raw, next } of pipeline) {
    if (next === '|') {
      piped.push(raw);
      continue;
    }
    if (!skip) {
      if (piped.length) state.status = runPipeline([...piped, raw], world, state, writes, lookup);
      else {
        const outcome = runCommand(expandCommand(raw, lookup), world, state, writes);
        state.status = outcome.status;
        if (outcome.exited !== undefined) return outcome;
      }
    }
    piped = [];
    skip = (next === '&&' && state.status !== 0) || (next === '||' && state.status === 0);
  }
  return { status: state.status };
}

/**
 * `a | b`: each command's stdout is the next one's stdin (bytes stay bytes: `cat x.tar | docker
 * load`); stderr stays on the terminal. As in bash without `lastpipe`, every command runs in a
 * subshell: a `cd` or `exit` in a pipeline changes nothing after it. The status is the last one's.
 */
function runPipeline(commands: RawCommand[], world: ShellWorld, state: ShellState, writes: Writes, lookup: Lookup): number {
  let stdin = writes.stdin;
  let status = 0;
  commands.forEach((raw, i) => {
    const capture = i < commands.length - 1 ? new Capture() : undefined;
    const sub: ShellState = { ...state };
    status = runCommand(expandCommand(raw, lookup), world, sub, writes.with({ out: capture ?? writes.out, stdin })).status;
    stdin = capture?.content() ?? '';
  });
  return status;
}

/** One command with its redirections: they are opened first (when one fails, nothing runs), then it runs, then files are written. */
function runCommand(command: SimpleCommand, world: ShellWorld, state: ShellState, writes: Writes): LineOutcome {
  const opened = command.redirects ? openRedirects(command.redirects, world, state, writes) : { writes, files: [] };
  if (typeof opened === 'number') return { status: opened };
  const [first, ...args] = command.words;
  let outcome: LineOutcome;
  if (first === 'exit' && world.canExit) {
    if (world.farewell) opened.writes.write('stderr', world.farewell);
    const code = exitStatus(args, world, state, opened.writes);
    outcome = { status: code, exited: code };
  } else if (first === 'cd') outcome = { status: changeDirectory(args, world, state, opened.writes) };
  else outcome = { status: first === undefined ? 0 : world.run(command.words, state, opened.writes) };
  for (const file of opened.files) {
    const content = file.capture.content();
    const late = content.length ? world.write(file.path, content, true) : undefined;
    if (late) {
      writes.write('stderr', shellError.redirect(world.dialect, world.name, file.target, late) + '\n');
      return { ...outcome, status: failure(world) };
    }
  }
  return outcome;
}

interface OpenFile {
  path: string;
  /** As written on the line (the shells' errors quote it so). */
  target: string;
  capture: Capture;
}

/** Applies redirections left to right (POSIX 2.7); the status to return when one cannot be opened. */
function openRedirects(
  redirects: Redirect[],
  world: ShellWorld,
  state: ShellState,
  writes: Writes,
): { writes: Writes; files: OpenFile[] } | number {
  const fds: Array<Sink | undefined> = [undefined, writes.out, writes.err];
  let stdin = writes.stdin;
  const files: OpenFile[] = [];
  const refuse = (text: string) => {
    writes.write('stderr', text + '\n');
    return failure(world);
  };
  for (const r of redirects) {
    if (r.op === '>&') {
      const source = fds[Number(r.target)];
      if (!source || r.fd > 2) return refuse(shellError.badFd(world.dialect, world.name, source ? String(r.fd) : r.target));
      fds[r.fd] = source;
      continue;
    }
    const path = normalizePath(r.target, state.cwd);
    if (r.op === '<') {
      const content = path === DEV_NULL ? '' : world.read(path);
      if (typeof content === 'object' && 'error' in content)
        return refuse(shellError.open(world.dialect, world.name, r.target, content.error));
      if (r.fd === 0) stdin = content;
      continue;
    }
    let sink: Sink = NULL_SINK;
    if (path !== DEV_NULL) {
      // Opened as sh opens it: created, or truncated by `>`, before the command runs.
      const problem = cannotCreate(world, path) ?? world.write(path, '', r.op === '>>');
      if (problem) return refuse(shellError.redirect(world.dialect, world.name, r.target, problem));
      const capture = new Capture();
      files.push({ path, target: r.target, capture });
      sink = capture;
    }
    if (r.fd === 1 || r.fd === 2) fds[r.fd] = sink;
  }
  return { writes: writes.with({ out: fds[1]!, err: fds[2]!, stdin }), files };
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

/** A shell's own failure (cd, a redirect): bash returns 1, dash and ash 2. */
const failure = (world: ShellWorld) => (world.dialect === 'bash' ? 1 : 2);

/** Why `>` cannot open `path`: it is a directory, or its parent is missing or not a directory. */
function cannotCreate(world: ShellWorld, path: string): FsErrorCode | undefined {
  if (world.kind(path) === 'dir') return 'EISDIR';
  const parent = world.kind(parentOf(path));
  return parent === 'dir' ? undefined : parent ? 'ENOTDIR' : 'ENOENT';
}

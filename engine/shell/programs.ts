// The small programs a learner runs inside a container (`docker exec web ls /`, `sh -c '…'`):
// they act on the container's copy-on-write filesystem, never on the image.
import { byteLength } from '../model/digest';
import { ordered } from '../output';
import type { ExecResult, OutputChunk } from '../types';
import type { Container } from '../model/container';
import { FsError } from '../model/cow';
import { normalizePath } from '../model/entry';
import { tokenize, ShellSyntaxError } from '../cli/tokenize';
import { KERNEL_BUILD, KERNEL_RELEASE } from '../model/versions';
import { isBash, utilError, type Userland } from './coreutils';
import { curlInside } from './curl';
import { INSTALLERS } from './installers';
import { ps, type Origin } from './ps';
import { envLookup, processEnv, ROOT, sessionOf, type Identity } from './identity';

/** A program's output stream: one line a push (a chunk starting with NUL is written as it is, no newline added). */
export interface Stream {
  push(...lines: string[]): void;
}

/** Both streams of a process write into one list, so their order survives. */
class Writes {
  readonly lines: Array<{ stream: OutputChunk['stream']; line: string }> = [];
  stream(stream: OutputChunk['stream']): Stream {
    return { push: (...lines) => lines.forEach((line) => this.lines.push({ stream, line })) };
  }
  result(exitCode: number): ExecResult {
    return ordered(this.lines.map(({ stream, line }) => ({ stream, text: joinOutput([line]) })), exitCode);
  }
  text(): string {
    return joinOutput(this.lines.map((l) => l.line));
  }
}

export interface Io {
  c: Container;
  userland: Userland;
  cwd: string;
  out: Stream;
  err: Stream;
  who: Identity;
  /** The process environment (what `env` prints and `$VAR` expands to). */
  env: readonly string[];
  /** How the command reached the container (its place in the process tree, for `ps`). */
  origin?: Origin;
  /** The shell running the line, when there is one. */
  shellName?: string;
  /** The host clock when the command runs (what a server's log line is stamped with). */
  now?: number;
}

type Program = (args: string[], io: Io) => number;

const PATH_DIRS = ['/usr/local/sbin', '/usr/local/bin', '/usr/sbin', '/usr/bin', '/sbin', '/bin'];

export function userlandOf(c: Container): Userland {
  return c.fs.stat('/bin/busybox') ? 'busybox' : 'gnu';
}

function fsErrorCode(e: unknown): FsError {
  if (e instanceof FsError) return e;
  throw e;
}

const programs: Record<string, Program> = {
  true: () => 0,
  false: () => 1,
  pwd: (_a, io) => (io.out.push(io.cwd), 0),
  whoami: (_a, io) => {
    if (io.who.user) return io.out.push(io.who.user), 0;
    io.err.push(io.userland === 'gnu' ? `whoami: cannot find name for user ID ${io.who.uid}` : `whoami: unknown uid ${io.who.uid}`);
    return 1;
  },
  id: (_a, io) => {
    const named = (n: number, name?: string) => `${n}${name ? `(${name})` : ''}`;
    io.out.push(`uid=${named(io.who.uid, io.who.user)} gid=${named(io.who.gid, io.who.group)} groups=${named(io.who.gid, io.who.group)}`);
    return 0;
  },
  hostname: (_a, io) => (io.out.push(io.c.hostname()), 0),
  uname: (a, io) => uname(a, io),
  sleep: () => 0,
  env: (_a, io) => {
    io.out.push(...io.env);
    return 0;
  },
  echo: (args, io) => {
    const noNewline = args[0] === '-n';
    const text = (noNewline ? args.slice(1) : args).join(' ');
    io.out.push(noNewline ? `\u0000${text}` : text);
    return 0;
  },
  cat: (args, io) => {
    let code = 0;
    for (const arg of args) {
      try {
        io.out.push(`\u0000${io.c.fs.readFile(normalizePath(arg, io.cwd))}`);
      } catch (e) {
        io.err.push(utilError.cat(io.userland, arg, fsErrorCode(e).code));
        code = 1;
      }
    }
    return code;
  },
  ls: (args, io) => {
    const flags = args.filter((a) => a.startsWith('-')).join('');
    const paths = args.filter((a) => !a.startsWith('-'));
    const all = flags.includes('a');
    const long = flags.includes('l');
    let code = 0;
    const targets = paths.length ? paths : ['.'];
    targets.forEach((arg, i) => {
      const path = normalizePath(arg, io.cwd);
      const entry = io.c.fs.stat(path);
      if (!entry) {
        io.err.push(utilError.ls(io.userland, arg, 'ENOENT'));
        code = io.userland === 'gnu' ? 2 : 1;
        return;
      }
      if (targets.length > 1) io.out.push(`${i > 0 ? '\n' : ''}${arg}:`);
      const names = entry.type === 'dir' ? io.c.fs.list(path) : [arg];
      // A file operand is listed as given; only a directory's listing has "." and ".." and hides dotfiles.
      const shown = entry.type !== 'dir' ? names : all ? ['.', '..', ...names] : names.filter((n) => !n.startsWith('.'));
      for (const name of shown) {
        if (!long) {
          io.out.push(name);
          continue;
        }
        const e = entry.type === "dir" ? io.c.fs.lstat(normalizePath(name, path)) : entry;
        const kind = e?.type === 'dir' ? 'd' : e?.type === 'symlink' ? 'l' : '-';
        const size = e?.type === 'file' ? byteLength(e.content) : 4096;
        const suffix = e?.type === 'symlink' ? ` -> ${e.target}` : '';
        io.out.push(`${kind}${modeString(e?.type === 'file' || e?.type === 'dir' ? e.mode : 0o777)} 1 root root ${String(size).padStart(5)} Jan  1 00:00 ${name}${suffix}`);
      }
    });
    return code;
  },
  touch: (args, io) => eachPath(args, io, (p) => io.c.fs.touch(p), utilError.touch),
  mkdir: (args, io) => {
    const parents = args.includes('-p');
    return eachPath(args.filter((a) => a !== '-p'), io, (p) => io.c.fs.mkdir(p, parents), utilError.mkdir);
  },
  rm: (args, io) => {
    const flags = args.filter((a) => a.startsWith('-')).join('');
    const recursive = /[rR]/.test(flags);
    const force = flags.includes('f');
    const code = eachPath(args.filter((a) => !a.startsWith('-')), io, (p) => io.c.fs.remove(p, recursive), utilError.rm, force);
    return force ? 0 : code;
  },
  ps,
  curl: (args, io) => {
    const r = curlInside(io.c, args, io.now ?? io.c.startedAt ?? 0);
    // Output chunks that start with NUL are written as they are (a body need not end in a newline).
    if (r.stdout) io.out.push('\u0000' + r.stdout);
    if (r.stderr) io.err.push(r.stderr.replace(/\n$/, ''));
    return r.exitCode;
  },
  ...Object.fromEntries(Object.keys(INSTALLERS).map((name) => [name, (args: string[], io: Io) => install(name, args, io)])),
  sh: (args, io) => shell('sh', args, io),
  bash: (args, io) => shell('bash', args, io),
  ash: (args, io) => shell('ash', args, io),
};

/**
 * A package manager (shell/installers.ts), in a build's RUN step or a running container alike: the
 * files land in that container's writable layer, never in its image, with their installed sizes
 * noted on the filesystem. apt needs root, as its lock file says.
 */
function install(name: string, args: string[], io: Io): number {
  if ((name === 'apt-get' || name === 'apt') && io.who.uid !== 0 && args.some((a) => !a.startsWith('-'))) {
    io.err.push('E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)', 'E: Unable to lock directory /var/lib/apt/lists/');
    return 100;
  }
  const log: string[] = [];
  const sizes = new Map<string, number>();
  const code = INSTALLERS[name]!(args, { fs: io.c.fs, cwd: io.cwd, log, sizes });
  for (const [path, bytes] of sizes) io.c.fs.noteInstalledBytes(path, bytes);
  // The installers log everything in order; their E: lines are what apt writes to stderr.
  for (const line of log) (/^(E|W): /.test(line) || line.startsWith('ERROR: ') ? io.err : io.out).push(line);
  return code;
}

/**
 * uname's fields in its own output order; -a prints every one the system knows. The kernel is the
 * host's (one kernel for every container), as `docker info` reports it.
 */
function uname(args: string[], io: Io): number {
  const letters = args.filter((a) => a.startsWith('-')).map((a) => (a === '--all' ? 'a' : a.slice(1))).join('');
  const fields: Array<[string, string]> = [
    ['s', 'Linux'],
    ['n', io.c.hostname()],
    ['r', KERNEL_RELEASE],
    ['v', KERNEL_BUILD],
    ['m', 'x86_64'],
    ['o', io.userland === 'gnu' ? 'GNU/Linux' : 'Linux'],
  ];
  const chosen = letters.includes('a') ? fields : fields.filter(([k]) => letters.includes(k));
  io.out.push((chosen.length ? chosen : fields.slice(0, 1)).map(([, v]) => v).join(' '));
  return 0;
}

function modeString(mode: number): string {
  let out = '';
  for (let shift = 6; shift >= 0; shift -= 3) {
    const bits = (mode >> shift) & 7;
    out += (bits & 4 ? 'r' : '-') + (bits & 2 ? 'w' : '-') + (bits & 1 ? 'x' : '-');
  }
  return out;
}

function eachPath(paths: string[], io: Io, op: (path: string) => void, error: (u: Userland, p: string, code: FsError['code']) => string, quietMissing = false): number {
  let code = 0;
  for (const arg of paths) {
    try {
      op(normalizePath(arg, io.cwd));
    } catch (e) {
      const err = fsErrorCode(e);
      if (!(quietMissing && err.code === 'ENOENT')) io.err.push(error(io.userland, arg, err.code));
      code = 1;
    }
  }
  return code;
}

function shell(name: string, args: string[], io: Io): number {
  if (args[0] !== '-c' || args[1] === undefined) return 0; // an interactive shell with no terminal reads EOF and exits
  return runScriptIn(name, args[1], io);
}

function runScriptIn(shellName: string, script: string, io: Io): number {
  let pipeline;
  try {
    pipeline = tokenize(script, envLookup(io.env));
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    io.err.push(`${shellName}: 1: ${e.message}`);
    return 2;
  }
  let code = 0;
  let skip = false;
  for (const { command, next } of pipeline) {
    if (!skip) {
      const [first, arg] = command.words;
      // Shell special built-ins: they act on the shell itself, so they are not programs.
      if (first === 'exit') return arg === undefined ? code : Number(arg) & 255;
      if (first === 'cd') code = changeDirectory(shellName, arg ?? '/root', io);
      else if (command.redirect) code = redirected(shellName, command.words, command.redirect, io);
      else code = command.words.length ? runProgram(shellName, command.words, io) : 0;
    }
    skip = (next === '&&' && code !== 0) || (next === '||' && code === 0);
  }
  return code;
}

function changeDirectory(shellName: string, target: string, io: Io): number {
  const path = normalizePath(target, io.cwd);
  const entry = io.c.fs.stat(path);
  if (entry?.type === 'dir') {
    io.cwd = path;
    return 0;
  }
  io.err.push(utilError.cd(io.userland, shellName, target));
  return isBash(shellName) ? 1 : 2;
}

function redirected(shellName: string, words: string[], redirect: { append: boolean; target: string }, io: Io): number {
  const captured = new Writes();
  const code = words.length ? runProgram(shellName, words, { ...io, out: captured.stream('stdout') }) : 0;
  const path = normalizePath(redirect.target, io.cwd);
  try {
    io.c.fs.writeFile(path, captured.text(), redirect.append);
  } catch (e) {
    io.err.push(utilError.redirect(io.userland, shellName, redirect.target, fsErrorCode(e).code));
    return isBash(shellName) ? 1 : 2;
  }
  return code;
}

/** Programs only some images ship (procps is not in the slim ones): found only when on PATH. */
const SHIPPED_BY_SOME = new Set(['ps', 'curl', ...Object.keys(INSTALLERS)]);

/** Finds a program the way execvp would: a builtin, or an executable file on PATH. */
export function findProgram(c: Container, name: string): Program | 'file' | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const builtin = programs[base];
  if (name.includes('/')) return c.fs.stat(normalizePath(name)) ? builtin ?? 'file' : undefined;
  if (builtin && !SHIPPED_BY_SOME.has(base)) return builtin;
  for (const dir of PATH_DIRS) if (c.fs.stat(`${dir}/${name}`)?.type === 'file' || c.fs.stat(`${dir}/${name}`)?.type === 'symlink') return builtin ?? 'file';
  return undefined;
}

function runProgram(shellName: string, words: string[], io: Io): number {
  const [name, ...args] = words as [string, ...string[]];
  const program = findProgram(io.c, name);
  if (!program) {
    io.err.push(utilError.notFound(io.userland, shellName, name));
    return 127;
  }
  if (program === 'file') return otherProgram(name, args, io);
  return program(args, io);
}

/** Programs the images ship but the kit does not model in depth: versions, or a quiet success. */
function otherProgram(name: string, args: string[], io: Io): number {
  const base = name.slice(name.lastIndexOf('/') + 1);
  if (args.includes('-v') || args.includes('--version') || args.includes('-V') || args.includes('version')) {
    const env = Object.fromEntries(io.c.config.env.map((e) => e.split('=', 2) as [string, string]));
    const version =
      base === 'nginx' ? `nginx version: nginx/${env.NGINX_VERSION ?? '1.29.3'}` :
      base === 'node' ? `v${env.NODE_VERSION ?? '24.11.1'}` :
      base.startsWith('python') ? `Python ${env.PYTHON_VERSION ?? '3.14.0'}` :
      base.startsWith('redis') ? `Redis server v=${env.REDIS_VERSION ?? '8.2.3'} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0` :
      undefined;
    if (version) {
      (base === 'nginx' ? io.err : io.out).push(version);
      return 0;
    }
  }
  return 0;
}

function joinOutput(chunks: string[]): string {
  // Chunks starting with NUL were written without a trailing newline (cat, echo -n).
  return chunks.map((c) => (c.startsWith('\u0000') ? c.slice(1) : c + '\n')).join('');
}

/**
 * Runs argv inside the container (exec, or a one-shot `run IMAGE cmd`); `proc` is exec's -u/-e.
 * Callers check the program first (runtime/look-path.ts), as runc does before it starts one.
 */
export function runArgv(c: Container, argv: string[], workingDir?: string, proc: { who?: Identity; env?: readonly string[]; main?: boolean; now?: number } = {}): ExecResult {
  const who = proc.who ?? ROOT;
  const origin = proc.main ? 'main' : 'exec';
  const writes = new Writes();
  const io: Io = { c, userland: userlandOf(c), cwd: workingDir || c.config.workingDir || '/', out: writes.stream('stdout'), err: writes.stream('stderr'), who, env: processEnv(c, who, proc.env), origin, now: proc.now };
  return writes.result(runProgram('sh', argv, io));
}

/** Runs one line typed into an attached shell session; `cwd` is the session's, and is returned changed by `cd`. */
export function runShellLine(c: Container, shellName: string, line: string, cwd = c.config.workingDir || '/', main = true, now?: number): ExecResult & { cwd: string } {
  const session = sessionOf(c);
  const who = session?.who ?? ROOT;
  const writes = new Writes();
  const io: Io = { c, userland: userlandOf(c), cwd, out: writes.stream('stdout'), err: writes.stream('stderr'), who, env: processEnv(c, who, session?.env), origin: main ? 'shell-main' : 'shell-exec', shellName, now };
  const code = runScriptIn(shellName, line, io);
  return { ...writes.result(code), cwd: io.cwd };
}

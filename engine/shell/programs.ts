// The small programs a learner runs inside a container (`docker exec web ls /`, `sh -c '…'`):
// they act on the container's copy-on-write filesystem, never on the image.
import { byteLength } from '../model/digest';
import { ordered } from '../output';
import type { ExecResult, OutputChunk } from '../types';
import type { Container } from '../model/container';
import { FsError } from '../model/cow';
import { normalizePath } from '../model/entry';
import { KERNEL_BUILD, KERNEL_RELEASE } from '../model/versions';
import { dialectOf, utilError, type Userland } from './coreutils';
import { inputText, runLine, Writes, type ShellState, type ShellWorld } from './interpreter';
import { curlInside } from './curl';
import { INSTALLERS } from './installers';
import { ps, type Origin } from './ps';
import { processEnv, ROOT, sessionOf, type Identity } from './identity';

/** A program's output stream: one line a push (a chunk starting with NUL is written as it is, no newline added). */
export interface Stream {
  push(...lines: string[]): void;
}

/** A program's stream over the line's writes: each push is one line (NUL-led: written as it is). */
function streamOf(writes: Writes, stream: OutputChunk['stream']): Stream {
  return { push: (...lines) => lines.forEach((line) => writes.write(stream, joinOutput([line]))) };
}

/** A program's streams over a command's writes (its stdin too, when that is a file or a pipe). */
function streamsOf(writes: Writes): Pick<Io, 'out' | 'err' | 'stdin'> {
  return {
    out: streamOf(writes, 'stdout'),
    err: streamOf(writes, 'stderr'),
    stdin: writes.stdin === undefined ? undefined : inputText(writes.stdin),
  };
}

export interface Io {
  c: Container;
  userland: Userland;
  cwd: string;
  out: Stream;
  err: Stream;
  /** stdin when it is a file or a pipe (`echo hi | cat`); undefined when it is the terminal. */
  stdin?: string;
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
    if (io.who.user) return (io.out.push(io.who.user), 0);
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
    for (const arg of args.length ? args : ['-']) {
      // `-` (or no file) is stdin: empty on the terminal here, as after Ctrl-D.
      if (arg === '-') {
        if (io.stdin) io.out.push(`\u0000${io.stdin}`);
        continue;
      }
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
        const e = entry.type === 'dir' ? io.c.fs.lstat(normalizePath(name, path)) : entry;
        const kind = e?.type === 'dir' ? 'd' : e?.type === 'symlink' ? 'l' : '-';
        const size = e?.type === 'file' ? byteLength(e.content) : 4096;
        const suffix = e?.type === 'symlink' ? ` -> ${e.target}` : '';
        io.out.push(
          `${kind}${modeString(e?.type === 'file' || e?.type === 'dir' ? e.mode : 0o777)} 1 root root ${String(size).padStart(5)} Jan  1 00:00 ${name}${suffix}`,
        );
      }
    });
    return code;
  },
  touch: (args, io) => eachPath(args, io, (p) => io.c.fs.touch(p), utilError.touch),
  mkdir: (args, io) => {
    const parents = args.includes('-p');
    return eachPath(
      args.filter((a) => a !== '-p'),
      io,
      (p) => io.c.fs.mkdir(p, parents),
      utilError.mkdir,
    );
  },
  rm: (args, io) => {
    const flags = args.filter((a) => a.startsWith('-')).join('');
    const recursive = /[rR]/.test(flags);
    const force = flags.includes('f');
    const code = eachPath(
      args.filter((a) => !a.startsWith('-')),
      io,
      (p) => io.c.fs.remove(p, recursive),
      utilError.rm,
      force,
    );
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
    io.err.push(
      'E: Could not open lock file /var/lib/apt/lists/lock - open (13: Permission denied)',
      'E: Unable to lock directory /var/lib/apt/lists/',
    );
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
  const letters = args
    .filter((a) => a.startsWith('-'))
    .map((a) => (a === '--all' ? 'a' : a.slice(1)))
    .join('');
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

function eachPath(
  paths: string[],
  io: Io,
  op: (path: string) => void,
  error: (u: Userland, p: string, code: FsError['code']) => string,
  quietMissing = false,
): number {
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
  const state: ShellState = { cwd: io.cwd, status: 0 };
  const writes = new Writes(io.stdin === undefined ? {} : { stdin: io.stdin });
  const outcome = runLine(script, containerShell(shellName, io), state, writes);
  for (const { stream, text } of writes.chunks) (stream === 'stdout' ? io.out : io.err).push('\u0000' + text);
  return outcome.exited ?? outcome.status;
}

/** The interpreter's view of a container: its filesystem, the process environment, its programs. */
function containerShell(shellName: string, io: Io): ShellWorld {
  const env = new Map(io.env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
  return {
    name: shellName,
    dialect: dialectOf(io.userland, shellName),
    home: io.who.home,
    variable: (key) => env.get(key),
    kind: (path) => {
      const type = io.c.fs.stat(path)?.type;
      return type === 'dir' ? 'dir' : type ? 'file' : undefined;
    },
    write: (path, content, append) => {
      try {
        io.c.fs.writeFile(path, inputText(content), append);
        return undefined;
      } catch (e) {
        return fsErrorCode(e).code;
      }
    },
    read: (path) => {
      try {
        return io.c.fs.readFile(path);
      } catch (e) {
        return { error: fsErrorCode(e).code };
      }
    },
    run: (words, state, writes) => runProgram(shellName, words, { ...io, cwd: state.cwd, ...streamsOf(writes) }),
    canExit: true,
  };
}

/** Programs only some images ship (procps is not in the slim ones): found only when on PATH. */
const SHIPPED_BY_SOME = new Set(['ps', 'curl', ...Object.keys(INSTALLERS)]);

/** Finds a program the way execvp would: a builtin, or an executable file on PATH. */
export function findProgram(c: Container, name: string): Program | 'file' | undefined {
  const base = name.slice(name.lastIndexOf('/') + 1);
  const builtin = programs[base];
  if (name.includes('/')) return c.fs.stat(normalizePath(name)) ? (builtin ?? 'file') : undefined;
  if (builtin && !SHIPPED_BY_SOME.has(base)) return builtin;
  for (const dir of PATH_DIRS)
    if (c.fs.stat(`${dir}/${name}`)?.type === 'file' || c.fs.stat(`${dir}/${name}`)?.type === 'symlink') return builtin ?? 'file';
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
      base === 'nginx'
        ? `nginx version: nginx/${env.NGINX_VERSION ?? '1.29.3'}`
        : base === 'node'
          ? `v${env.NODE_VERSION ?? '24.11.1'}`
          : base.startsWith('python')
            ? `Python ${env.PYTHON_VERSION ?? '3.14.0'}`
            : base.startsWith('redis')
              ? `Redis server v=${env.REDIS_VERSION ?? '8.2.3'} sha=00000000:0 malloc=jemalloc-5.3.0 bits=64 build=0`
              : undefined;
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
export function runArgv(
  c: Container,
  argv: string[],
  workingDir?: string,
  proc: { who?: Identity; env?: readonly string[]; main?: boolean; now?: number } = {},
): ExecResult {
  const who = proc.who ?? ROOT;
  const origin = proc.main ? 'main' : 'exec';
  const writes = new Writes();
  const io: Io = {
    c,
    userland: userlandOf(c),
    cwd: workingDir || c.config.workingDir || '/',
    out: streamOf(writes, 'stdout'),
    err: streamOf(writes, 'stderr'),
    who,
    env: processEnv(c, who, proc.env),
    origin,
    now: proc.now,
  };
  const code = runProgram('sh', argv, io);
  return ordered(writes.chunks, code);
}

/**
 * Runs one line typed into an attached shell session; `state` is the session's (cwd after `cd`,
 * `$?`) and is updated. `exited` is set when the line ran `exit`.
 */
export function runShellLine(
  c: Container,
  shellName: string,
  line: string,
  state: ShellState = { cwd: c.config.workingDir || '/', status: 0 },
  main = true,
  now?: number,
): ExecResult & { exited?: number } {
  const session = sessionOf(c);
  const who = session?.who ?? ROOT;
  const writes = new Writes();
  const io: Io = {
    c,
    userland: userlandOf(c),
    cwd: state.cwd,
    out: streamOf(writes, 'stdout'),
    err: streamOf(writes, 'stderr'),
    who,
    env: processEnv(c, who, session?.env),
    origin: main ? 'shell-main' : 'shell-exec',
    shellName,
    now,
  };
  const outcome = runLine(line, containerShell(shellName, io), state, writes);
  const result = ordered(writes.chunks, outcome.status);
  return outcome.exited === undefined ? result : { ...result, exited: outcome.exited };
}

// The host's shell (bash, as the learner's own terminal): the interpreter (shell/interpreter.ts)
// with the host's program table: `docker …`, `curl`, `help`, `clear`, and a few file commands for
// the build context in ~/app (so `cat Dockerfile` and `echo … >> Dockerfile` work before
// `docker build .`). `cd`, `~`, `$?`, `$HOME` and `$PWD` are the interpreter's.
import { dispatchDocker } from '../cli/dispatch';
import type { Stdio } from '../cli/context';
import { HOST_CWD, HOST_HOME, type Daemon, type HostShellState } from '../daemon/daemon';
import { normalizePath, parentOf } from '../model/entry';
import { chunksOf, ordered, type CommandResult } from '../output';
import type { ExecResult } from '../types';
import { utilError } from './coreutils';
import { curl } from './curl';
import { hostChildren, isHostDir } from './host-disk';
import { HELP_TEXT } from './help-text';
import { inputBytes, runLine, Writes, type Input, type ShellState, type ShellWorld, type Sink } from './interpreter';

/** The terminal clears its screen when a command's stdout is exactly this (ANSI "clear screen"). */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J';

/** The host's environment: what `echo $HOME` and friends print. */
const HOST_ENV: Record<string, string> = {
  HOME: HOST_HOME,
  USER: 'learner',
  LOGNAME: 'learner',
  SHELL: '/bin/bash',
  PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
};

const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

type HostProgram = (state: Daemon, args: string[], cwd: string, writes: Writes) => CommandResult;

function ls(state: Daemon, rest: string[], cwd: string): CommandResult {
  // ls [PATH...], as GNU ls prints it one per line: missing paths first (stderr), then the
  // files named, then each directory's entries (with a "dir:" heading when there are several).
  const args = rest.length ? rest : ['.'];
  const files: string[] = [];
  const dirs: string[] = [];
  let err = '';
  for (const arg of args) {
    const path = normalizePath(arg, cwd);
    if (state.hostFiles.has(path)) files.push(arg);
    else if (isHostDir(state, path)) dirs.push(arg);
    else err += utilError.ls('gnu', arg, 'ENOENT') + '\n';
  }
  const blocks = files.length
    ? [
        files
          .sort()
          .map((f) => f + '\n')
          .join(''),
      ]
    : [];
  for (const dir of dirs.sort()) {
    const entries = hostChildren(state, normalizePath(dir, cwd))
      .map((n) => n + '\n')
      .join('');
    blocks.push((args.length > 1 ? `${dir}:\n` : '') + entries);
  }
  return { stdout: blocks.join('\n'), stderr: err, exitCode: err ? 2 : 0 };
}

function mkdir(state: Daemon, rest: string[], cwd: string): CommandResult {
  const parents = rest.includes('-p');
  let err = '';
  for (const arg of rest.filter((a) => a !== '-p')) {
    const path = normalizePath(arg, cwd);
    if (state.hostFiles.has(path) || (isHostDir(state, path) && !parents)) err += utilError.mkdir('gnu', arg, 'EEXIST') + '\n';
    else if (!parents && !isHostDir(state, parentOf(path))) err += utilError.mkdir('gnu', arg, 'ENOENT') + '\n';
    else state.makeHostDir(path);
  }
  return { stdout: '', stderr: err, exitCode: err ? 1 : 0 };
}

function cat(state: Daemon, rest: string[], cwd: string, writes: Writes): number {
  // No file (or `-`): stdin, which is empty on the terminal here (as after Ctrl-D).
  let status = 0;
  for (const f of rest.length ? rest : ['-']) {
    if (f === '-') {
      if (writes.stdin !== undefined) writeInput(writes.out, writes.stdin);
      continue;
    }
    const path = normalizePath(f, cwd);
    const content = state.hostFile(path);
    if (content !== undefined) writeInput(writes.out, content);
    else {
      writes.write('stderr', utilError.cat('gnu', f, isHostDir(state, path) ? 'EISDIR' : 'ENOENT') + '\n');
      status = 1;
    }
  }
  return status;
}

const writeInput = (sink: Sink, content: Input) => (typeof content === 'string' ? sink.text(content) : sink.bytes(content));

/** `docker …` with the shell's stdin and stdout as docker/cli sees them: a terminal, or a file or pipe. */
function docker(state: Daemon, args: string[], writes: Writes): CommandResult {
  const stdio: Stdio = {
    ...(writes.stdin === undefined ? {} : { stdin: inputBytes(writes.stdin) }),
    ...(writes.out.terminal ? {} : { stdout: (bytes: Uint8Array) => writes.out.bytes(bytes) }),
  };
  return dispatchDocker(state, args, stdio);
}

/** The host's program table. */
const HOST_PROGRAMS: Record<string, HostProgram> = {
  docker: (state, args, _cwd, writes) => docker(state, args, writes),
  curl: (state, args) => curl(state, args),
  help: () => ok(HELP_TEXT),
  clear: () => ok(CLEAR_SCREEN),
  pwd: (_s, _a, cwd) => ok(cwd + '\n'),
  echo: (_s, args) => (args[0] === '-n' ? ok(args.slice(1).join(' ')) : ok(args.join(' ') + '\n')),
  ls,
  mkdir,
  cat: (state, args, cwd, writes) => ({ stdout: '', stderr: '', exitCode: cat(state, args, cwd, writes) }),
  true: () => ok(),
  false: () => ({ stdout: '', stderr: '', exitCode: 1 }),
};

/** The words the host knows first on a line, for Tab completion. */
export const HOST_COMMANDS = Object.keys(HOST_PROGRAMS).filter((n) => n !== 'true' && n !== 'false');

/**
 * The host as the interpreter sees it. A class, so a line costs one small object and no closures
 * (each closure made per line is measurable at 10,000 lines).
 */
class HostWorld implements ShellWorld {
  readonly name = 'bash';
  readonly dialect = 'bash';
  readonly home = HOST_HOME;
  readonly canExit = true;
  // An interactive bash says "exit" as it leaves (builtins/exit.def), before any error about N.
  readonly farewell = 'exit\n';

  constructor(private readonly state: Daemon) {}

  variable(key: string): string | undefined {
    return HOST_ENV[key];
  }

  kind(path: string): 'dir' | 'file' | undefined {
    return this.state.hostFiles.has(path) ? 'file' : isHostDir(this.state, path) ? 'dir' : undefined;
  }

  write(path: string, content: Input, append: boolean): undefined {
    if (typeof content === 'string') this.state.writeHostFile(path, content, append);
    else this.state.writeHostBytes(path, content, append);
    return undefined;
  }

  read(path: string): Input | { error: 'EISDIR' | 'ENOENT' } {
    return this.state.hostFile(path) ?? { error: isHostDir(this.state, path) ? 'EISDIR' : 'ENOENT' };
  }

  run(words: string[], shell: ShellState, writes: Writes): number {
    const [cmd, ...args] = words as [string, ...string[]];
    const program = HOST_PROGRAMS[cmd];
    if (!program) {
      writes.write('stderr', utilError.notFound('gnu', 'bash', cmd) + '\n');
      return 127;
    }
    // A program sees the directory the line has reached (`cd /tmp && docker save -o x.tar …`).
    this.state.keepHostShellState(shell);
    const result = program(this.state, args, shell.cwd, writes);
    for (const c of chunksOf(result)) writes.write(c.stream, c.text);
    return result.exitCode;
  }
}

/**
 * Runs one line typed at the host's prompt. `exit` cannot close the presenter's terminal: bash's
 * own word as it leaves, then a fresh shell in the starting directory, as a terminal that opens a
 * new one would give (`npm run shell` handles `exit` itself and quits).
 */
export function runHostLine(state: Daemon, line: string): ExecResult {
  const shell: HostShellState = { ...state.hostShell };
  const writes = new Writes();
  const outcome = runLine(line, new HostWorld(state), shell, writes);
  if (outcome.exited === undefined) {
    state.keepHostShellState(shell);
    return ordered(writes.chunks, outcome.status);
  }
  state.keepHostShellState({ cwd: HOST_CWD, status: 0 });
  return ordered(writes.chunks, outcome.exited);
}

/** The host prompt's directory: ~ for the home directory, ~/… below it. */
export function hostPromptDir(cwd: string): string {
  if (cwd === HOST_HOME) return '~';
  return cwd.startsWith(HOST_HOME + '/') ? '~' + cwd.slice(HOST_HOME.length) : cwd;
}

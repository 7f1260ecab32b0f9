// The host's shell: `docker …`, `curl`, `help`, `clear`, and a few file commands for the build
// context in ~/app (so `cat Dockerfile` and `echo … >> Dockerfile` work before `docker build .`).
import { dispatchDocker } from '../cli/dispatch';
import { type Pipeline } from '../cli/tokenize';
import { HOST_CWD, type Daemon } from '../daemon/daemon';
import { normalizePath, parentOf } from '../model/entry';
import { chunksOf, complete, err, ordered, type CommandResult } from '../output';
import type { ExecResult, OutputChunk } from '../types';
import { curl } from './curl';
import { hostChildren, isHostDir } from './host-disk';
import { HELP_TEXT } from './help-text';

/** The terminal clears its screen when a command's stdout is exactly this (ANSI "clear screen"). */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J';

/** Output redirected here is dropped, as on any Unix host. */
const DEV_NULL = '/dev/null';

const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

function hostFile(state: Daemon, args: string[]): CommandResult {
  const [cmd, ...rest] = args as [string, ...string[]];
  if (cmd === 'pwd') return ok(HOST_CWD + '\n');
  if (cmd === 'ls') {
    // ls [PATH...], as GNU ls prints it one per line: missing paths first (stderr), then the
    // files named, then each directory's entries (with a "dir:" heading when there are several).
    const args = rest.length ? rest : ['.'];
    const files: string[] = [];
    const dirs: string[] = [];
    let err = '';
    for (const arg of args) {
      const path = normalizePath(arg, HOST_CWD);
      if (state.hostFiles.has(path)) files.push(arg);
      else if (isHostDir(state, path)) dirs.push(arg);
      else err += `ls: cannot access '${arg}': No such file or directory\n`;
    }
    const blocks = files.length ? [files.sort().map((f) => f + '\n').join('')] : [];
    for (const dir of dirs.sort()) {
      const entries = hostChildren(state, normalizePath(dir, HOST_CWD)).map((n) => n + '\n').join('');
      blocks.push((args.length > 1 ? `${dir}:\n` : '') + entries);
    }
    return { stdout: blocks.join('\n'), stderr: err, exitCode: err ? 2 : 0 };
  }
  if (cmd === 'mkdir') {
    const parents = rest.includes('-p');
    let err = '';
    for (const arg of rest.filter((a) => a !== '-p')) {
      const path = normalizePath(arg, HOST_CWD);
      if (state.hostFiles.has(path) || (isHostDir(state, path) && !parents)) err += `mkdir: cannot create directory '${arg}': File exists\n`;
      else if (!parents && !isHostDir(state, parentOf(path))) err += `mkdir: cannot create directory '${arg}': No such file or directory\n`;
      else state.makeHostDir(path);
    }
    return { stdout: '', stderr: err, exitCode: err ? 1 : 0 };
  }
  if (cmd === 'echo') return ok(rest.join(' ') + '\n');
  if (cmd === 'cat') {
    let out = '';
    let err = '';
    for (const f of rest) {
      const content = state.hostFiles.get(normalizePath(f, HOST_CWD));
      if (content === undefined) err += `cat: ${f}: No such file or directory\n`;
      else out += content;
    }
    return { stdout: out, stderr: err, exitCode: err ? 1 : 0 };
  }
  return { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 };
}

function runSimple(state: Daemon, words: string[]): CommandResult {
  const [cmd, ...args] = words as [string, ...string[]];
  switch (cmd) {
    case 'docker':
      return dispatchDocker(state, args);
    case 'curl':
      return curl(state, args);
    case 'help':
      return ok(HELP_TEXT);
    case 'clear':
      return ok(CLEAR_SCREEN);
    case 'pwd':
    case 'mkdir':
    case 'ls':
    case 'cat':
    case 'echo':
      return hostFile(state, words);
    default:
      return { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 };
  }
}

export function runHostPipeline(state: Daemon, pipeline: Pipeline): ExecResult {
  // One command, no redirect (the common line): its result as it is.
  const only = pipeline.length === 1 ? pipeline[0]!.command : undefined;
  if (only && !only.redirect && only.words.length) return complete(runSimple(state, only.words));
  const written: OutputChunk[] = [];
  let exitCode = 0;
  let skip = false;
  for (const { command, next } of pipeline) {
    if (!skip) {
      const redirect = command.redirect;
      const path = redirect ? normalizePath(redirect.target, HOST_CWD) : '';
      if (redirect && path !== DEV_NULL && (isHostDir(state, path) || !isHostDir(state, parentOf(path)))) {
        // bash opens the file before it runs the command: when it cannot, nothing runs.
        written.push(err(`bash: ${redirect.target}: ${isHostDir(state, path) ? 'Is a directory' : 'No such file or directory'}\n`));
        exitCode = 1;
      } else {
        const result = command.words.length ? runSimple(state, command.words) : ok();
        if (redirect && path !== DEV_NULL) {
          state.writeHostFile(path, result.stdout, redirect.append);
        }
        // A redirect takes stdout away (to the file or to nowhere); stderr stays on the terminal.
        written.push(...chunksOf(result).filter((c) => !redirect || c.stream === 'stderr'));
        exitCode = result.exitCode;
      }
    }
    skip = (next === '&&' && exitCode !== 0) || (next === '||' && exitCode === 0);
  }
  return ordered(written, exitCode);
}

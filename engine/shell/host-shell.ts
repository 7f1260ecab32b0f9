// The host's shell: `docker …`, `curl`, `help`, `clear`, and a few file commands for the build
// context in ~/app (so `cat Dockerfile` and `echo … >> Dockerfile` work before `docker build .`).
import { dispatchDocker } from '../cli/dispatch';
import { type Pipeline } from '../cli/tokenize';
import { HOST_CWD, type HostState } from '../host-state';
import { normalizePath } from '../model/entry';
import type { ExecResult } from '../types';
import { curl } from './curl';
import { HELP_TEXT } from './help-text';

/** The terminal clears its screen when a command's stdout is exactly this (ANSI "clear screen"). */
export const CLEAR_SCREEN = '\u001b[H\u001b[2J';

const ok = (stdout = ''): ExecResult => ({ stdout, stderr: '', exitCode: 0 });

function hostFile(state: HostState, args: string[]): ExecResult {
  const [cmd, ...rest] = args as [string, ...string[]];
  if (cmd === 'pwd') return ok(HOST_CWD + '\n');
  if (cmd === 'ls') {
    const names = [...state.hostFiles.keys()].filter((p) => p.startsWith(HOST_CWD + '/')).map((p) => p.slice(HOST_CWD.length + 1)).sort();
    return ok(names.map((n) => n + '\n').join(''));
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

function runSimple(state: HostState, words: string[]): ExecResult {
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
    case 'ls':
    case 'cat':
    case 'echo':
      return hostFile(state, words);
    default:
      return { stdout: '', stderr: `bash: ${cmd}: command not found\n`, exitCode: 127 };
  }
}

export function runHostPipeline(state: HostState, pipeline: Pipeline): ExecResult {
  let stdout = '';
  let stderr = '';
  let exitCode = 0;
  let skip = false;
  for (const { command, next } of pipeline) {
    if (!skip) {
      const result = command.words.length ? runSimple(state, command.words) : ok();
      if (command.redirect) {
        const path = normalizePath(command.redirect.target, HOST_CWD);
        state.hostFiles.set(path, (command.redirect.append ? state.hostFiles.get(path) ?? '' : '') + result.stdout);
        state.touch();
        stderr += result.stderr;
      } else {
        stdout += result.stdout;
        stderr += result.stderr;
      }
      exitCode = result.exitCode;
    }
    skip = (next === '&&' && exitCode !== 0) || (next === '||' && exitCode === 0);
  }
  return { stdout, stderr, exitCode };
}

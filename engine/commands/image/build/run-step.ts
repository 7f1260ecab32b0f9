// RUN: the command runs in a throwaway container over the previous step's filesystem; what it
// wrote (the container's writable layer) becomes the step's layer. That is how a build works:
// a container per RUN, committed and thrown away (docs "Image layers" / BuildKit ExecOp).
import { quote } from 'shell-quote';
import { ShellSyntaxError, tokenize, type SimpleCommand } from '../../../cli/tokenize';
import { Container, type ContainerConfig } from '../../../model/container';
import type { LayerEntry } from '../../../model/entry';
import { normalizePath } from '../../../model/entry';
import type { Image } from '../../../model/image';
import { runShellLine } from '../../../shell/programs';
import { expandVars } from './dockerfile';

/** What a RUN step's script sees besides the container: its working directory and its log. */
interface StepIo {
  cwd: string;
  log: string[];
}

export interface RunOutcome {
  exitCode: number;
  /** What the command printed (BuildKit shows it when the step fails). */
  log: string[];
  changeset: ReadonlyMap<string, LayerEntry>;
  /** Installed size beyond the stand-in files' own bytes, for files still in the changeset. */
  extraBytes: number;
}

export interface RunInput {
  image: Image;
  /** Container ID for the throwaway container (derived from the cache key: deterministic). */
  id: string;
  script: string;
  env: string[];
  /** Build args and ENV, for $VAR expansion (the shell would see them as its environment); undefined for exec form, which has no shell. */
  vars: ReadonlyMap<string, string> | undefined;
  workingDir: string;
}

export function runStep(input: RunInput): RunOutcome {
  const config: ContainerConfig = {
    entrypoint: null,
    cmd: ['/bin/sh', '-c', input.script],
    env: input.env,
    workingDir: input.workingDir || '/',
    tty: false,
    interactive: false,
    autoRemove: true,
  };
  const c = new Container(input.id, `buildkit-${input.id.slice(0, 12)}`, input.image.id, input.image, 0, config, []);
  const io: StepIo = { cwd: config.workingDir, log: [] };
  const exitCode = runScript(c, input.vars ? expandVars(input.script, input.vars) : input.script, io);
  const changeset = c.fs.changeset();
  // Package managers note their packages' installed sizes on the filesystem (shell/installers.ts).
  const extraBytes = c.fs.installedBytes();
  return { exitCode, log: io.log, changeset, extraBytes };
}

function runScript(c: Container, script: string, io: StepIo): number {
  let pipeline;
  try {
    pipeline = tokenize(script);
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    io.log.push(`/bin/sh: 1: ${e.message}`);
    return 2;
  }
  let code = 0;
  let skip = false;
  /** The commands of a pipeline so far (`a | b`): they run together, through the container's shell. */
  let piped: string[] = [];
  for (const { command, next } of pipeline) {
    if (next === '|' || piped.length) {
      if (!skip) piped.push(shellLine(c, command, io));
      if (next === '|') continue;
      if (!skip) code = shellRun(c, piped.join(' | '), io);
      piped = [];
    } else if (!skip) {
      const r = runCommand(c, command, io);
      if (r.exit) return r.code;
      code = r.code;
    }
    skip = (next === '&&' && code !== 0) || (next === '||' && code === 0);
  }
  return code;
}

/** A command as the container's shell reads it: globs expanded, words quoted, redirections as written. */
function shellLine(c: Container, command: SimpleCommand, io: StepIo): string {
  const words = command.words.flatMap((w) => expandGlob(c, w, io.cwd));
  const redirect = (command.redirects ?? []).map((r) => ` ${r.fd}${r.op}${r.op === '>&' ? r.target : ' ' + quote([r.target])}`).join('');
  return quote(words) + redirect;
}

function shellRun(c: Container, line: string, io: StepIo): number {
  const r = runShellLine(c, 'sh', line, { cwd: io.cwd, status: 0 });
  for (const text of [r.stdout, r.stderr]) if (text) io.log.push(...text.replace(/\n$/, '').split('\n'));
  return r.exitCode;
}

/** Shell builtins the in-container programs lack, then everything else through the container's shell. */
function runCommand(c: Container, command: SimpleCommand, io: StepIo): { code: number; exit?: boolean } {
  const [name, ...args] = command.words.flatMap((w) => expandGlob(c, w, io.cwd));
  if (name === undefined) return { code: 0 };
  if (name === 'cd') {
    const target = normalizePath(args[0] ?? '/root', io.cwd);
    if (c.fs.stat(target)?.type !== 'dir') {
      io.log.push(`/bin/sh: 1: cd: can't cd to ${args[0] ?? ''}`);
      return { code: 2 };
    }
    io.cwd = target;
    c.config.workingDir = target;
    return { code: 0 };
  }
  if (name === 'set' || name === 'export' || name === ':') return { code: 0 };
  if (name === 'exit') return { code: Number(args[0] ?? 0) || 0, exit: true };
  // The rest goes to the container's shell as written (it drops what is sent to /dev/null).
  return { code: shellRun(c, shellLine(c, command, io), io) };
}

/** `rm -rf /var/lib/apt/lists/*`: a `*` in the last path segment, matched against the directory. */
function expandGlob(c: Container, word: string, cwd: string): string[] {
  const slash = word.lastIndexOf('/');
  const last = word.slice(slash + 1);
  if (!/[*?]/.test(last) || /[*?]/.test(word.slice(0, slash + 1))) return [word];
  const dir = normalizePath(slash === -1 ? '.' : word.slice(0, slash + 1) || '/', cwd);
  let names: string[];
  try {
    names = c.fs.list(dir);
  } catch {
    return [word];
  }
  const re = new RegExp(
    '^' +
      last
        .replace(/[.+^${}()|[\]\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.') +
      '$',
  );
  const matches = names.filter((n) => re.test(n) && (last.startsWith('.') || !n.startsWith('.')));
  return matches.length ? matches.map((n) => word.slice(0, slash + 1) + n) : [word];
}

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
    // stderr redirections only silence output here (the tokenizer knows no fd numbers).
    pipeline = tokenize(script.replace(/\s2>&1/g, '').replace(/\s2>\s*\/dev\/null/g, ''));
  } catch (e) {
    if (!(e instanceof ShellSyntaxError)) throw e;
    io.log.push(`/bin/sh: 1: ${e.message}`);
    return 2;
  }
  let code = 0;
  let skip = false;
  for (const { command, next } of pipeline) {
    if (!skip) {
      const r = runCommand(c, command, io);
      if (r.exit) return r.code;
      code = r.code;
    }
    skip = (next === '&&' && code !== 0) || (next === '||' && code === 0);
  }
  return code;
}

/** Shell builtins the in-container programs lack, then everything else through the container's shell. */
function runCommand(c: Container, command: SimpleCommand, io: StepIo): { code: number; exit?: boolean } {
  const words = command.words.flatMap((w) => expandGlob(c, w, io.cwd));
  const [name, ...args] = words;
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
  // /dev is a mount in a running container, never part of a layer: output sent there is dropped.
  const discard = command.redirect?.target === '/dev/null';
  const redirect = command.redirect && !discard ? ` ${command.redirect.append ? '>>' : '>'} ${quote([command.redirect.target])}` : '';
  const r = runShellLine(c, 'sh', quote(words) + redirect);
  for (const text of [discard ? '' : r.stdout, r.stderr]) if (text) io.log.push(...text.replace(/\n$/, '').split('\n'));
  return { code: r.exitCode };
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

// createHost: the engine's one public entry. Every line goes through execute,
// which never throws: internal faults become an error line and the host stays usable.
import { GROUPS, TOP_LEVEL, commandWords } from './cli/registry';
import { HOST_CWD, Daemon } from './daemon/daemon';
import { remoteReferences } from './registry/index';
import { HOST_COMMANDS, hostPromptDir, runHostLine } from './shell/host-shell';
import { isBash } from './shell/coreutils';
import { runShellLine } from './shell/programs';
import { sessionPrompt } from './shell/prompt';
import { snapshotOf } from './snapshot';
import { normalizePath } from './model/entry';
import { hostContentBytes } from './model/host-bytes';
import { STARTER_CONTEXT } from './shell/build-context';
import { complete, err, ordered, out } from './output';
import type { ExecResult, Host, HostOptions, HostSnapshot, OciDocuments } from './types';

const EMPTY: ExecResult = ordered([], 0);

/** The host prompt: `$ ` in the build context where every session starts, the directory before it elsewhere. */
function hostPrompt(cwd: string): string {
  return cwd === HOST_CWD ? '$ ' : `${hostPromptDir(cwd)} $ `;
}

export function createHost(options: HostOptions = {}): Host {
  const state = new Daemon(options.seed ?? 1, options.now ?? (() => Date.now()));
  for (const [name, content] of Object.entries(STARTER_CONTEXT)) state.writeHostFile(`${HOST_CWD}/${name}`, content);
  const listeners = new Set<(s: HostSnapshot) => void>();
  let cached: HostSnapshot | undefined;

  const snapshot = (): HostSnapshot => {
    if (!cached || cached.version !== state.version) cached = snapshotOf(state);
    return cached;
  };

  const attachedLine = (line: string): ExecResult => {
    const session = state.attached!;
    const c = state.containers.get(session.id);
    if (!c) {
      state.exitSession(0);
      return EMPTY;
    }
    if (line.trim() === '') return EMPTY;
    const shell = { cwd: session.cwd ?? (c.config.workingDir || '/'), oldPwd: session.oldPwd, status: session.status ?? 0 };
    const { exited, ...r } = runShellLine(c, session.shell, line, shell, session.main, state.now());
    state.keepSessionState(shell);
    state.containerChanged();
    if (exited === undefined) return r;
    // An interactive bash says "exit" as it leaves (bash builtins/exit.def: `if (interactive)`);
    // dash and BusyBox ash leave silently. With -t the CLI has one stream, its stdout.
    state.exitSession(exited);
    // The shell's exit status is the status of `docker run -it` / `exec -it` on the host.
    state.keepHostShellState({ ...state.hostShell, status: exited });
    return ordered([...r.output, ...(isBash(session.shell) ? [out('exit\n')] : [])], exited);
  };

  const run = (line: string): ExecResult => {
    if (state.pending) {
      const pending = state.answer()!;
      if (/^\s*y(es)?\s*$/i.test(line)) return complete(pending.onYes());
      if (pending.cancelled === '') return EMPTY;
      return ordered([err(pending.cancelled + '\n')], 1);
    }
    if (state.attached) return attachedLine(line);
    if (line.trim() === '') return EMPTY;
    return runHostLine(state, line);
  };

  const host: Host = {
    execute(line: string): ExecResult {
      const before = state.version;
      let result: ExecResult;
      try {
        result = run(String(line));
      } catch (e) {
        // A fault in the simulator itself: say so plainly rather than pretend Docker said it.
        result = ordered([err(`simulator error: ${e instanceof Error ? e.message : String(e)}\n`)], 1);
      }
      if (listeners.size > 0 && (state.version !== before || state.pending || state.attached)) {
        const s = snapshot();
        for (const listener of listeners) listener(s);
      }
      return result;
    },
    inspectOci(ref: string): OciDocuments {
      const image = state.findImage(ref);
      if (!image) throw new Error(`No such image: ${ref}`);
      const index = image.indexDoc;
      return { manifest: image.manifestDoc.bytes, config: image.configDoc.bytes, ...(index ? { index: index.bytes } : {}) };
    },
    snapshot,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    readFile(container: string, path: string): string | undefined {
      try {
        return state.findContainer(container)?.fs.readFile(path);
      } catch {
        return undefined;
      }
    },
    hostFileBytes(path: string): Uint8Array | undefined {
      const content = state.hostFile(normalizePath(path, HOST_CWD));
      return content === undefined ? undefined : hostContentBytes(content);
    },
    hostArchives() {
      // A tar is known by its ustar magic (POSIX.1 ustar header, offset 257), whoever wrote it.
      return [...state.hostFiles]
        .filter(([, text]) => text.length >= 512 && text.startsWith('ustar', 257))
        .map(([path, text]) => ({ path, size: text.length }));
    },
    complete(line: string): string[] {
      return completions(state, line);
    },
    prompt(): string {
      if (state.pending) return state.pending.question;
      if (state.attached) {
        const cwd = state.attached.cwd ?? '/';
        const container = state.findContainer(state.attached.id);
        // `run -i` without -t: the shell reads lines but, with no terminal, prints no prompt.
        if (container) return state.attached.tty === false ? '' : sessionPrompt(container, cwd, state.attached.shell);
      }
      return hostPrompt(state.hostShell.cwd);
    },
  };
  return host;
}

/** Candidates for the last word of `line`: commands, flags, container and image names. */
function completions(state: Daemon, line: string): string[] {
  const words = line.split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const before = words.slice(0, -1).filter(Boolean);
  let candidates: string[];
  if (before.length === 0) candidates = [...HOST_COMMANDS, 'cd'];
  else if (before[0] !== 'docker') candidates = before[0] === 'curl' ? ['http://localhost:'] : [];
  else if (before.length === 1) candidates = commandWords();
  else {
    const group = GROUPS[before[1]!];
    if (group && before.length === 2) candidates = Object.keys(group.commands);
    else {
      const spec = group ? group.commands[before[2]!] : TOP_LEVEL[before[1]!];
      const flags = spec ? spec.flags.filter((f) => !f.hidden).map((f) => `--${f.long}`) : [];
      const containers = [...state.containers.values()].map((c) => c.name);
      const images = [...new Set([...[...state.images.keys()].flatMap((id) => state.tagsOf(id)), ...remoteReferences()])];
      candidates = last.startsWith('-') ? flags : [...containers, ...images];
    }
  }
  return [...new Set(candidates)].filter((c) => c.startsWith(last)).sort();
}

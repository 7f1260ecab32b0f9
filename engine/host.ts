// createHost: the engine's one public entry. Every line goes through execute,
// which never throws: internal faults become an error line and the host stays usable.
import { GROUPS, TOP_LEVEL, commandWords } from './cli/registry';
import { ShellSyntaxError, tokenize } from './cli/tokenize';
import { HOST_CWD, Daemon } from './daemon/daemon';
import { remoteReferences } from './registry/index';
import { runHostPipeline } from './shell/host-shell';
import { runShellLine } from './shell/programs';
import { sessionPrompt } from './shell/prompt';
import { snapshotOf } from './snapshot';
import { normalizePath } from './model/entry';
import { hostTextToBytes } from './model/host-bytes';
import { STARTER_CONTEXT } from './shell/build-context';
import { complete, err, ordered, out } from './output';
import type { ExecResult, Host, HostOptions, HostSnapshot, OciDocuments } from './types';

const EMPTY: ExecResult = ordered([], 0);

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
    const trimmed = line.trim();
    if (!c || trimmed === 'exit' || trimmed.startsWith('exit ')) {
      // A main shell's container ends with the shell's exit code.
      state.exitSession(Number(trimmed.split(/\s+/)[1] ?? 0) || 0);
      return ordered([out('exit\n')], 0);
    }
    if (trimmed === '') return EMPTY;
    const { cwd, ...r } = runShellLine(c, session.shell, line, session.cwd, session.main, state.now());
    state.moveSession(cwd);
    state.containerChanged();
    return r;
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
    let pipeline;
    try {
      pipeline = tokenize(line);
    } catch (e) {
      if (e instanceof ShellSyntaxError) return ordered([err(`bash: ${e.message}\n`)], 2);
      throw e;
    }
    return runHostPipeline(state, pipeline);
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
      const index = state.pulledIndexOf(image.id);
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
      const text = state.hostFiles.get(normalizePath(path, HOST_CWD));
      return text === undefined ? undefined : hostTextToBytes(text);
    },
    complete(line: string): string[] {
      return completions(state, line);
    },
    prompt(): string {
      if (state.pending) return state.pending.question;
      if (state.attached) {
        const cwd = state.attached.cwd ?? '/';
        const container = state.findContainer(state.attached.id);
        if (container) return sessionPrompt(container, cwd);
      }
      return '$ ';
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
  if (before.length === 0) candidates = ['docker', 'curl', 'help', 'clear', 'ls', 'cat', 'echo', 'mkdir', 'pwd'];
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

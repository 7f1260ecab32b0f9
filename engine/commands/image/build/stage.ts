// What a build carries from step to step: the image config being assembled, the layers so far
// and the history. Metadata instructions (ENV, CMD, EXPOSE…) only change the config and add an
// `empty_layer` history entry; their history text follows BuildKit's dockerfile2llb
// (commitToHistory: "ENV A=b", "EXPOSE map[80/tcp:{}]", `CMD ["nginx" "-g" "daemon off;"]`).
import type { Layer } from '../../../model/layer';
import type { HistoryEntry, RuntimeConfig } from '../../../model/oci';
import { expandVars, keyValuePairs, shellWords, type Instruction } from './dockerfile';

export const HISTORY_COMMENT = 'buildkit.dockerfile.v0';

/** A history entry whose time may be filled in at export (BuildKit leaves metadata steps' times empty). */
export type PendingHistory = Omit<HistoryEntry, 'created'> & { created?: string };

export interface StageState {
  /** Cache key of this state: chains every earlier step (the base image's ID for FROM). */
  key: string;
  config: RuntimeConfig;
  layers: readonly Layer[];
  history: readonly PendingHistory[];
  /** Build args declared with ARG so far, with their values. */
  args: ReadonlyMap<string, string>;
  /** Whether this stage set CMD itself (ENTRYPOINT then keeps it; BuildKit dispatchEntrypoint). */
  cmdSet: boolean;
  /** The image the stage started FROM (undefined for scratch). */
  baseId?: string;
}

/** ENV values and declared build args: what `$VAR` in later instructions sees. */
export function varsOf(state: StageState): Map<string, string> {
  const vars = new Map(state.args);
  for (const e of state.config.Env ?? []) {
    const eq = e.indexOf('=');
    vars.set(e.slice(0, eq), e.slice(eq + 1));
  }
  return vars;
}

/** Go's %q of a []string, as BuildKit formats CMD/ENTRYPOINT history: ["a" "b"]. */
function goStrings(list: readonly string[]): string {
  return `[${list.map((s) => JSON.stringify(s)).join(' ')}]`;
}

/** Exec form as written, or the shell form wrapped in /bin/sh -c. */
function commandLine(ins: Instruction): string[] {
  return ins.json ?? ['/bin/sh', '-c', ins.args];
}

function setEnv(env: readonly string[], key: string, value: string): string[] {
  const out = env.filter((e) => !e.startsWith(`${key}=`));
  out.push(`${key}=${value}`);
  return out;
}

/**
 * Applies a metadata instruction. Returns the next state (same key: the caller chains it), or
 * undefined when the keyword is not a metadata instruction.
 */
export function applyMetadata(state: StageState, ins: Instruction, buildArgs: ReadonlyMap<string, string>): StageState | undefined {
  const vars = varsOf(state);
  const config: RuntimeConfig = { ...state.config };
  let text: string;
  let args = state.args;
  let cmdSet = state.cmdSet;
  switch (ins.keyword) {
    case 'ENV': {
      const pairs = keyValuePairs(ins.args).map(([k, v]) => [k, expandVars(v, vars)] as const);
      let env = [...(config.Env ?? [])];
      for (const [k, v] of pairs) env = setEnv(env, k, v);
      config.Env = env;
      text = `ENV ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
      break;
    }
    case 'LABEL': {
      const pairs = keyValuePairs(ins.args).map(([k, v]) => [k, expandVars(v, vars)] as const);
      config.Labels = { ...(config.Labels ?? {}), ...Object.fromEntries(pairs) };
      text = `LABEL ${pairs.map(([k, v]) => `${k}=${v}`).join(' ')}`;
      break;
    }
    case 'EXPOSE': {
      const ports = shellWords(expandVars(ins.args, vars)).map((p) => (p.includes('/') ? p.toLowerCase() : `${p}/tcp`));
      config.ExposedPorts = { ...(config.ExposedPorts ?? {}) };
      for (const p of ports) config.ExposedPorts[p] = {};
      // Go prints a map with its keys sorted.
      text = `EXPOSE map[${[...new Set(ports)]
        .sort()
        .map((p) => `${p}:{}`)
        .join(' ')}]`;
      break;
    }
    case 'CMD':
      config.Cmd = commandLine(ins);
      cmdSet = true;
      text = `CMD ${goStrings(config.Cmd)}`;
      break;
    case 'ENTRYPOINT':
      config.Entrypoint = commandLine(ins);
      if (!cmdSet) config.Cmd = null;
      text = `ENTRYPOINT ${goStrings(config.Entrypoint)}`;
      break;
    case 'USER':
      config.User = expandVars(ins.args, vars);
      text = `USER ${config.User}`;
      break;
    case 'STOPSIGNAL':
      config.StopSignal = expandVars(ins.args, vars);
      text = `STOPSIGNAL ${config.StopSignal}`;
      break;
    case 'ARG': {
      const next = new Map(args);
      const parts: string[] = [];
      for (const word of shellWords(ins.args)) {
        const eq = word.indexOf('=');
        const name = eq === -1 ? word : word.slice(0, eq);
        const value = buildArgs.get(name) ?? (eq === -1 ? undefined : expandVars(word.slice(eq + 1), vars));
        if (value !== undefined) next.set(name, value);
        parts.push(value === undefined ? name : `${name}=${value}`);
      }
      args = next;
      text = `ARG ${parts.join(' ')}`;
      break;
    }
    default:
      return undefined;
  }
  return { ...state, config, history: [...state.history, { created_by: text, comment: HISTORY_COMMENT, empty_layer: true }], args, cmdSet };
}

/**
 * BuildKit's export rule for history times (exporter/containerimage/writer.go,
 * normalizeLayersAndHistory): a metadata step gets the time of the first new layer after it, or
 * else the last time before it. So a rebuild with every step cached gives the very same config
 * (its ID still changes: the index above it carries a new provenance attestation).
 */
export function fillHistoryTimes(history: readonly PendingHistory[]): HistoryEntry[] {
  let created: string | undefined;
  let missing = false;
  for (const h of history) {
    if (h.created !== undefined) {
      created = h.created;
      if (missing) break;
    } else missing = true;
  }
  const fallback = created ?? new Date(0).toISOString();
  return history.map((h) => ({ ...h, created: h.created ?? fallback }));
}

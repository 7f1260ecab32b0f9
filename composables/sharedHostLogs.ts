// Where a host's live log lives. In a Slidev window it is one key of a synced state of its own
// (components/DemoFrame.vue makes it with Slidev's public `createSyncState`): the dev server, and
// `slidev --remote`, relay it to every window; the static build relays it between the windows of
// one browser through a BroadcastChannel. Print mode and plain pages keep a local copy.
//
// Only plain data goes in. The static build posts the whole state with `postMessage`, which
// structured-clones it: a Vue proxy inside (what reading a reactive state hands back, e.g. the
// previous entries of a log) throws DataCloneError, and from then on every post of that state
// fails, in this window and for good. So every write is a fresh copy of plain objects.

import { reactive, shallowReactive, watch } from 'vue';
import { EMPTY_LOG, type HostLog, type LiveEntry } from './hostPlan';

/** Every demo host's live log, by host id: the synced state's whole content. */
export type HostLogs = Record<string, HostLog>;

export interface HostLogStore {
  /** Reactive read: effects that call it re-run when the log changes in any window. */
  read(hostId: string): HostLog;
  write(hostId: string, log: HostLog): void;
}

// The dev server relays a window's writes as separate POSTs, which a busy machine can deliver out
// of order (a keystroke's draft arriving after the Enter that followed it), and a window drops its
// own pending write when another window's arrives within its 10 ms debounce
// (vite-plugin-vue-server-ref's client). So every write carries a revision: each window reads the
// newest log it has seen, and a window that is handed an older one than it knows writes the newer
// one back, so every window and the server settle on the newest.

/** Whether `a` is a later write than `b`. */
export function isNewer(a: HostLog, b: HostLog): boolean {
  const ra = a.rev ?? 0;
  const rb = b.rev ?? 0;
  return ra !== rb ? ra > rb : (a.by ?? '') > (b.by ?? '');
}

function windowId(): string {
  return Math.random().toString(36).slice(2, 10);
}

function plainEntry(entry: LiveEntry): LiveEntry {
  return 'clearScreen' in entry ? { step: entry.step, clearScreen: true } : { step: entry.step, line: entry.line };
}

/** A copy made only of plain objects, arrays, strings and numbers, whatever `log` was made of. */
export function plainLog(log: HostLog): HostLog {
  const plain: HostLog = { resets: log.resets, live: log.live.map(plainEntry), draft: log.draft };
  if (log.rev !== undefined) plain.rev = log.rev;
  if (log.by !== undefined) plain.by = log.by;
  return plain;
}

/**
 * `state` and `patch` come from Slidev's `createSyncState<HostLogs>`: `patch` writes without
 * this window taking its own change for one from another window.
 */
export function syncedLogStore(state: HostLogs, patch: (hostId: string, log: HostLog) => void, by = windowId()): HostLogStore {
  /** The newest log this window has seen or written, by host (plain objects, never proxied). */
  const newest = shallowReactive<HostLogs>({});
  const read = (hostId: string): HostLog => {
    const synced = state[hostId];
    const known = newest[hostId];
    if (!known) return synced ?? EMPTY_LOG;
    return synced && isNewer(synced, known) ? synced : known;
  };
  // Not 'sync': the relay ignores writes made while it applies another window's (it would not
  // send them), so the newer log goes back once that is done.
  watch(
    () => Object.keys(state).map((hostId) => [hostId, state[hostId]] as const),
    (entries) => {
      for (const [hostId, synced] of entries) {
        const known = newest[hostId];
        if (!synced) continue;
        if (!known || isNewer(synced, known)) newest[hostId] = plainLog(synced);
        else if (isNewer(known, synced)) patch(hostId, known);
      }
    },
  );
  return {
    read,
    write: (hostId, log) => {
      const next: HostLog = { ...plainLog(log), rev: (read(hostId).rev ?? 0) + 1, by };
      newest[hostId] = next;
      patch(hostId, next);
    },
  };
}

/** A log only this page sees: print/export mode (the PDF shows the script, never live typing). */
export function localLogStore(): HostLogStore {
  const logs = reactive<HostLogs>({});
  return {
    read: (hostId) => logs[hostId] ?? EMPTY_LOG,
    write: (hostId, log) => {
      logs[hostId] = plainLog(log);
    },
  };
}

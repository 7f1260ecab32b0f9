// Where a host's live log lives. In a Slidev window it is one key of a synced state of its own
// (components/DemoFrame.vue makes it with Slidev's public `createSyncState`): the dev server, and
// `slidev --remote`, relay it to every window; the static build relays it between the windows of
// one browser through a BroadcastChannel. Print mode and plain pages keep a local copy.
//
// Only plain data goes in. The static build posts the whole state with `postMessage`, which
// structured-clones it: a Vue proxy inside (what reading a reactive state hands back, e.g. the
// previous entries of a log) throws DataCloneError, and from then on every post of that state
// fails, in this window and for good. So every write is a fresh copy of plain objects.

import { reactive } from 'vue';
import { EMPTY_LOG, type HostLog, type LiveEntry } from './hostPlan';

/** Every demo host's live log, by host id: the synced state's whole content. */
export type HostLogs = Record<string, HostLog>;

export interface HostLogStore {
  /** Reactive read: effects that call it re-run when the log changes in any window. */
  read(hostId: string): HostLog;
  write(hostId: string, log: HostLog): void;
}

function plainEntry(entry: LiveEntry): LiveEntry {
  return 'clearScreen' in entry ? { step: entry.step, clearScreen: true } : { step: entry.step, line: entry.line };
}

/** A copy made only of plain objects, arrays, strings and numbers, whatever `log` was made of. */
export function plainLog(log: HostLog): HostLog {
  return { resets: log.resets, live: log.live.map(plainEntry), draft: log.draft };
}

/**
 * `state` and `patch` come from Slidev's `createSyncState<HostLogs>`: `patch` writes without
 * this window taking its own change for one from another window.
 */
export function syncedLogStore(state: HostLogs, patch: (hostId: string, log: HostLog) => void): HostLogStore {
  return {
    read: (hostId) => state[hostId] ?? EMPTY_LOG,
    write: (hostId, log) => patch(hostId, plainLog(log)),
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

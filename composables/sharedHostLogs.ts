// Where a host's live log lives. In a Slidev window it is one key of Slidev's shared nav state,
// which the dev server (and `slidev --remote`) relays to every window, and which the static
// build relays between windows of one browser; print mode and plain pages keep a local copy.

import { reactive } from 'vue';
import { EMPTY_LOG, type HostLog } from './hostPlan';

/** The key under Slidev's shared state that holds every demo host's log. */
export const SHARED_KEY = 'dockerDemoHosts';

export type HostLogs = Record<string, HostLog>;

export interface HostLogStore {
  /** Reactive read: effects that call it re-run when the log changes in any window. */
  read(hostId: string): HostLog;
  write(hostId: string, log: HostLog): void;
}

/**
 * `state` is Slidev's `sharedState`; `patch` its `patch`, which writes without making this window
 * react to its own change as if the presenter had navigated.
 */
export function sharedLogStore(
  state: Record<string, unknown>,
  patch: (key: string, value: unknown) => void,
): HostLogStore {
  const all = (): HostLogs => (state[SHARED_KEY] as HostLogs | undefined) ?? {};
  return {
    read: (hostId) => all()[hostId] ?? EMPTY_LOG,
    write: (hostId, log) => patch(SHARED_KEY, { ...all(), [hostId]: log }),
  };
}

/** A log only this page sees: print/export mode (the PDF shows the script, never live typing). */
export function localLogStore(): HostLogStore {
  const logs = reactive<HostLogs>({});
  return {
    read: (hostId) => logs[hostId] ?? EMPTY_LOG,
    write: (hostId, log) => {
      logs[hostId] = log;
    },
  };
}

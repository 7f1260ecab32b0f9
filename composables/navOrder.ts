// Slidev's navigation state reaches other windows of the dev server as separate POSTs, which a busy
// machine can deliver out of order: the presenter's click N arriving after its click N + 1, or an
// audience window's echo of click N (Slidev's viewers write back where they followed to) arriving
// after the presenter's N + 1. Slidev applies whichever comes last, so a window drops a click and,
// when it is the presenter, moves back. Every write carries its time (`lastUpdate.time`): each
// window keeps the newest move it has seen and puts it back the moment an older one lands, before
// Slidev's own watcher routes to it (a synchronous watcher runs inside the assignment); a write
// that does not move (a follower's echo) keeps the time of the move it repeats.

import { watch } from 'vue';

/** The part of Slidev's SharedState (`@slidev/client`) this needs. */
export interface NavState {
  page: number;
  clicks: number;
  clicksTotal: number;
  lastUpdate?: { id: string; type: 'presenter' | 'viewer'; time: number };
}

type Position = Required<Pick<NavState, 'page' | 'clicks' | 'clicksTotal' | 'lastUpdate'>>;

/** Keeps `state` at the newest position written; returns the function that stops it. */
export function keepNewestPosition(state: NavState): () => void {
  let newest: Position | null = null;
  const adopt = (update: NonNullable<NavState['lastUpdate']>) => {
    newest = { page: state.page, clicks: state.clicks, clicksTotal: state.clicksTotal, lastUpdate: { ...update } };
  };
  // Judged when `lastUpdate` is set: a write sets it after page and clicks (Slidev's root.ts
  // patches in that order, and a relayed write keeps the sender's key order).
  return watch(
    () => state.lastUpdate,
    (update) => {
      if (!update) return;
      if (!newest) return adopt(update);
      const keep: Position = newest;
      if (state.page === keep.page && state.clicks === keep.clicks) {
        // Not a move (a window that followed writes back where it now is): it keeps the time of
        // the move that got there, or its echo would outrank the presenter's next click.
        keep.clicksTotal = state.clicksTotal;
        if (update.time !== keep.lastUpdate.time) state.lastUpdate = { ...keep.lastUpdate };
        return;
      }
      if (update.time > keep.lastUpdate.time) return adopt(update);
      // An older move landed after a newer one: the newer one stands.
      if (state.page !== keep.page) state.page = keep.page;
      if (state.clicks !== keep.clicks) state.clicks = keep.clicks;
      if (state.clicksTotal !== keep.clicksTotal) state.clicksTotal = keep.clicksTotal;
      state.lastUpdate = { ...keep.lastUpdate };
    },
    { flush: 'sync' },
  );
}

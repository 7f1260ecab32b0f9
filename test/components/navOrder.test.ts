import { describe, expect, it } from 'vitest';
import { nextTick, reactive, watch } from 'vue';
import { keepNewestPosition, type NavState } from '../../composables/navOrder';

/** What vite-plugin-vue-server-ref does with a relayed write: each key set in turn. */
function relay(state: NavState, data: NavState): void {
  for (const key of Object.keys(data) as (keyof NavState)[]) (state as unknown as Record<string, unknown>)[key] = data[key];
}

const at = (page: number, clicks: number, time: number, type: 'presenter' | 'viewer' = 'presenter'): NavState => ({
  page,
  clicks,
  clicksTotal: 3,
  lastUpdate: { id: type, type, time },
});

describe('keepNewestPosition', () => {
  it('puts the newer position back when an older one is relayed after it, before any other watcher sees it', async () => {
    const state = reactive<NavState>(at(4, 0, 100));
    const stop = keepNewestPosition(state);
    // What Slidev's own watcher (root.ts, flush 'pre') routes to.
    const routed: string[] = [];
    watch(
      () => `${state.page}.${state.clicks}`,
      (p) => routed.push(p),
    );
    relay(state, at(4, 2, 300));
    await nextTick();
    relay(state, at(4, 1, 200, 'viewer')); // the audience's echo of click 1, late
    await nextTick();
    expect({ page: state.page, clicks: state.clicks, time: state.lastUpdate?.time }).toEqual({ page: 4, clicks: 2, time: 300 });
    expect(routed).toEqual(['4.2']);
    // A newer write still moves it on.
    relay(state, at(5, 0, 400));
    await nextTick();
    expect(`${state.page}.${state.clicks}`).toBe('5.0');
    expect(routed).toEqual(['4.2', '5.0']);
    stop();
  });

  it("gives a follower's echo the time of the move it repeats, so the presenter's next click outranks it", async () => {
    const state = reactive<NavState>(at(4, 0, 100));
    const stop = keepNewestPosition(state);
    relay(state, at(4, 1, 200)); // the presenter's click 1
    await nextTick();
    relay(state, at(4, 1, 350, 'viewer')); // this window followed and wrote back, later
    await nextTick();
    expect(state.lastUpdate).toEqual({ id: 'presenter', type: 'presenter', time: 200 });
    relay(state, at(4, 2, 300)); // the presenter's click 2, pressed before that echo
    await nextTick();
    expect(`${state.page}.${state.clicks}`).toBe('4.2');
    stop();
  });
});

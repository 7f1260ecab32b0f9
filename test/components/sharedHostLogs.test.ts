import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectScope, nextTick, reactive, toRaw } from 'vue';
import type { HostLog } from '../../composables/hostPlan';
import { syncedLogStore, type HostLogs } from '../../composables/sharedHostLogs';
import { useHostSession } from '../../composables/useHostSession';
import viteConfig from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');

/** Slidev's `createSyncState` as far as the store sees it: a reactive object and a setter. */
function syncedState() {
  const state = reactive<HostLogs>({});
  const store = syncedLogStore(
    state,
    (hostId, log) => {
      state[hostId] = log;
    },
    'w',
  );
  return { state, store };
}

describe('the synced host logs', () => {
  it('hold only plain data, which a BroadcastChannel can clone, whatever the session wrote', () => {
    const { state, store } = syncedState();
    const scope = effectScope();
    scope.run(() => {
      const web = useHostSession({}, 'web', store);
      const db = useHostSession({}, 'db', store);
      web.setDraft('docker p');
      web.run('docker ps');
      web.setDraft('docker images');
      web.run('docker images');
      db.run('docker run -d --name db redis');
      web.clearScreen();
      web.run('docker ps -a');
      db.reset();
      db.run('docker ps');
      web.setDraft('docker rm');
    });
    scope.stop();
    // What Slidev's static build posts: toRaw(state), structured-cloned by postMessage.
    expect(structuredClone(toRaw(state))).toEqual({
      web: {
        resets: 0,
        live: [
          { step: 0, line: 'docker ps' },
          { step: 0, line: 'docker images' },
          { step: 0, clearScreen: true },
          { step: 0, line: 'docker ps -a' },
        ],
        draft: 'docker rm',
        rev: 7,
        by: 'w',
      },
      db: { resets: 1, live: [{ step: 0, line: 'docker ps' }], draft: '', rev: 3, by: 'w' },
    });
  });

  it('would not survive a copy made by spreading what was read back (the built site’s DataCloneError)', () => {
    const { state, store } = syncedState();
    store.write('web', { resets: 0, live: [{ step: 0, line: 'docker ps' }], draft: '' });
    // Reading through the reactive state gives proxies; a shallow spread keeps them inside.
    const log = state.web!;
    expect(() => structuredClone({ ...log, draft: 'x' })).toThrow(/could not be cloned/);
    store.write('web', { ...log, draft: 'x' });
    expect(() => structuredClone(toRaw(state))).not.toThrow();
  });

  it('start from the object the dev server is given in vite.config.ts, under the key DemoFrame.vue imports', () => {
    const frame = readFileSync(resolve(root, 'components/DemoFrame.vue'), 'utf8');
    const key = /from 'server-reactive:(\w+)'/.exec(frame)?.[1];
    expect(key).toBe('dockerDemoHosts');
    const config = viteConfig as { slidev?: { serverRef?: { state?: Record<string, unknown> } } };
    expect(config.slidev?.serverRef?.state).toEqual({ [key!]: {} });
  });
});

describe('the synced host logs, relayed out of order (the dev server on a busy machine)', () => {
  /** Two windows over one relay that delivers each window's writes when the test says so. */
  function twoWindows() {
    const sent: { from: 'a' | 'b'; hostId: string; log: HostLog }[] = [];
    const make = (name: 'a' | 'b') => {
      const state = reactive<HostLogs>({});
      const store = syncedLogStore(
        state,
        (hostId, log) => {
          state[hostId] = log;
          sent.push({ from: name, hostId, log: structuredClone(toRaw(log)) });
        },
        name,
      );
      return { state, store };
    };
    const a = make('a');
    const b = make('b');
    /** The relay hands window `to` message `i` (what the dev server's websocket does). */
    const deliver = async (to: typeof a, i: number) => {
      const m = sent[i]!;
      to.state[m.hostId] = m.log;
      await nextTick();
    };
    return { a, b, sent, deliver };
  }

  it('keep the newest write when an older one arrives after it, and send the newest back', async () => {
    const { a, b, sent, deliver } = twoWindows();
    a.store.write('web', { resets: 0, live: [], draft: 'do' });
    a.store.write('web', { resets: 0, live: [{ step: 0, line: 'docker ps' }], draft: '' });
    // b gets the Enter first, then the keystroke before it.
    await deliver(b, 1);
    expect(b.store.read('web').live).toEqual([{ step: 0, line: 'docker ps' }]);
    await deliver(b, 0);
    expect(b.store.read('web')).toMatchObject({ live: [{ step: 0, line: 'docker ps' }], draft: '', rev: 2 });
    // b put the newest back on the relay, so the server and later windows end on it too.
    expect(sent.at(-1)).toEqual({
      from: 'b',
      hostId: 'web',
      log: { resets: 0, live: [{ step: 0, line: 'docker ps' }], draft: '', rev: 2, by: 'a' },
    });
    // a, handed that old keystroke too, keeps its line and says so again.
    const before = sent.length;
    await deliver(a, 0);
    expect(a.store.read('web').live).toEqual([{ step: 0, line: 'docker ps' }]);
    expect(sent.length).toBe(before + 1);
  });

  it('agree on one write when two windows write at once (the larger window id wins)', async () => {
    const { a, b, sent, deliver } = twoWindows();
    a.store.write('web', { resets: 0, live: [{ step: 0, line: 'docker ps' }], draft: '' });
    b.store.write('web', { resets: 0, live: [{ step: 0, line: 'docker images' }], draft: '' });
    await deliver(a, 1);
    await deliver(b, 0);
    expect(a.store.read('web')).toEqual(b.store.read('web'));
    expect(a.store.read('web').live).toEqual([{ step: 0, line: 'docker images' }]);
    expect(sent).toHaveLength(3); // b's answer to a's older write
  });
});

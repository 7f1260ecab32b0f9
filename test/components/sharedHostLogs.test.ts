import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { effectScope, reactive, toRaw } from 'vue';
import { syncedLogStore, type HostLogs } from '../../composables/sharedHostLogs';
import { useHostSession } from '../../composables/useHostSession';
import viteConfig from '../../vite.config';

const root = resolve(import.meta.dirname, '../..');

/** Slidev's `createSyncState` as far as the store sees it: a reactive object and a setter. */
function syncedState() {
  const state = reactive<HostLogs>({});
  const store = syncedLogStore(state, (hostId, log) => {
    state[hostId] = log;
  });
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
      },
      db: { resets: 1, live: [{ step: 0, line: 'docker ps' }], draft: '' },
    });
  });

  it('would not survive a copy made by spreading what was read back (the built site’s DataCloneError)', () => {
    const { state, store } = syncedState();
    store.write('web', { resets: 0, live: [{ step: 0, line: 'docker ps' }], draft: '' });
    // Reading through the reactive state gives proxies; a shallow spread keeps them inside.
    const log = store.read('web');
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

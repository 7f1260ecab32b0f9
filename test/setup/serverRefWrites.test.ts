// The fix for the dev server's lost writes, on the code the installed vite-plugin-vue-server-ref
// really generates, run in a simulated window: a relayed write landing before the 10 ms timer fires
// must not cancel this window's own write.
import ServerRef from 'vite-plugin-vue-server-ref';
import { describe, expect, it } from 'vitest';
import { reactive, watch } from 'vue';
import { isWholeValueServerRef, keepLocalWrites } from '../../setup/serverRefWrites';

interface LoadHook {
  load(id: string): Promise<string | undefined>;
}

async function generated(id: string): Promise<string> {
  const plugin = ServerRef({ state: { nav: { page: 1, clicks: 0 } } }) as unknown as LoadHook;
  const code = await plugin.load(id);
  if (!code) throw new Error(`no code for ${id}`);
  return code;
}

type Relay = (payload: { key: string; source: string; data: unknown }) => void;

/**
 * Runs a generated module's body with its imports and `import.meta.hot` stubbed: returns the
 * shared object, the bodies it POSTed, and the function that relays another window's write.
 */
function runWindow(code: string) {
  const posts: unknown[] = [];
  let relay: Relay = () => {};
  const body = code
    .replace(/^import .*$/gm, '')
    .replace(/import\.meta\.hot/g, 'hot')
    .replace('export default data', 'return data');
  const client = {
    randId: () => 'this-window',
    stringify: JSON.stringify,
    parse: JSON.parse,
    define: (o: object, key: string, value: unknown) => Object.defineProperty(o, key, { value, writable: true }),
    apply: () => undefined,
    reactiveSet: (target: Record<string, unknown>, next: Record<string, unknown>) => Object.assign(target, next),
  };
  const hot = { on: (_event: string, fn: Relay) => (relay = fn) };
  const fetch = async (_url: string, init: { body: string }) => posts.push(JSON.parse(init.body).data);
  const names = ['reactive', 'watch', 'hot', 'fetch', ...Object.keys(client)];
  const module = new Function(...names, body) as (...args: unknown[]) => Record<string, unknown>;
  const data = module(reactive, watch, hot, fetch, ...Object.values(client));
  return { data, posts, relay: (data: unknown) => relay({ key: 'nav', source: 'other-window', data }) };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('keepLocalWrites', () => {
  it("keeps this window's write when another window's write is relayed before it is sent", async () => {
    const code = await generated('/@server-reactive/nav');
    for (const [fixed, sent] of [
      [false, []],
      [true, [{ page: 1, clicks: 1, lastUpdate: 'audience' }]],
    ] as const) {
      const window = runWindow(fixed ? keepLocalWrites(code, '/@server-reactive/nav') : code);
      window.data.clicks = 1; // this window's click: a POST 10 ms later
      // Within those 10 ms, the audience's write lands (here it already shows the click).
      window.relay({ page: 1, clicks: 1, lastUpdate: 'audience' });
      await tick(40);
      expect(window.posts).toEqual(sent);
    }
  });

  it('applies to whole-value modules only, and says so when the generated code changed', () => {
    expect(
      ['/@server-reactive/nav', '/@server-ref/sync', '/@server-reactive/drawings?diff', '/src/main.ts'].map(isWholeValueServerRef),
    ).toEqual([true, true, false, false]);
    expect(() => keepLocalWrites('watch(data, () => post(data))', '/@server-reactive/nav')).toThrow(
      'setup/serverRefWrites.ts: the code vite-plugin-vue-server-ref generates for /@server-reactive/nav no longer has the watcher this fix rewrites',
    );
  });
});

// The part of @slidev/client's public entry (its index.ts, Slidev 52.20.1) the components use.
// @slidev/client ships TypeScript sources, not declarations: type-checking an import of it pulls
// in all of Slidev's internals (virtual modules, its own globals and compiler options) and fails
// there, and skipLibCheck skips only .d.ts files. tsconfig.vue.json maps '@slidev/client' to this
// file with `paths`, so vue-tsc checks our code against these signatures; keep them in step with
// the installed version's useNav.ts, context.ts, env.ts, state/shared.ts and state/syncState.ts when upgrading.
import type { ClicksContext, RenderContext } from '@slidev/types';
import type { ComputedRef, Ref } from 'vue';

export declare const mode: 'dev' | 'build';
export declare const slidesTitle: string;

export declare function useNav(): {
  isPresenter: ComputedRef<boolean>;
  isPrintMode: ComputedRef<boolean>;
  isPrintWithClicks: Ref<boolean>;
};

export declare function useSlideContext(): {
  $clicksContext: ClicksContext;
  $page: Ref<number>;
  $renderContext: Ref<RenderContext>;
};

export declare function createSyncState<State extends object>(
  serverState: State,
  defaultState: State,
  persist?: boolean,
): {
  init(channelKey: string): void;
  onPatch(fn: (state: State) => void): void;
  onUpdate(patch: Partial<State>): void;
  patch<K extends keyof State>(key: K, value: State[K]): void;
  state: State;
};

/** The presenter/viewer navigation state every window shares (state/shared.ts SharedState, in part). */
export declare const sharedState: {
  page: number;
  clicks: number;
  clicksTotal: number;
  lastUpdate?: { id: string; type: 'presenter' | 'viewer'; time: number };
};

// What the demo components need from Slidev, provided by components/DemoFrame.vue (a .vue file
// may import Slidev's client; TypeScript files here stay checkable without it).

import type { ClicksContext } from '@slidev/types';
import { inject, type InjectionKey } from 'vue';
import { localLogStore, type HostLogStore } from './sharedHostLogs';

export interface DemoContext {
  /** The slide rendering the demo: sessions are per rendering (see useHostSession). */
  scope: object;
  /** The slide's number, for ids of hosts the deck did not name. */
  slideNo: number;
  clicks: ClicksContext | undefined;
  /** Print mode without clicks: show every script line's result. */
  showAll: () => boolean;
  /** Print, export and thumbnails (overview, next-slide preview) never type: no keyboard, no buttons. */
  interactive: boolean;
  /**
   * Whether this window may change the shared hosts (type, clear, reset). Slidev's own rule for
   * navigation: the presenter, or a window on this machine; an audience member reaching
   * `slidev --remote` over the network follows and watches, never types into everyone's demo.
   */
  canType: () => boolean;
  store: HostLogStore;
}

export const DEMO_CONTEXT: InjectionKey<DemoContext> = Symbol('docker-demo-context');

const standaloneScope = {};
let standalone: DemoContext | null = null;

/** Outside a slide (a plain page) the demos still work, with a log only this page sees. */
export function useDemoContext(): DemoContext {
  return (
    inject(DEMO_CONTEXT, null) ??
    (standalone ??= {
      scope: standaloneScope,
      slideNo: 0,
      clicks: undefined,
      showAll: () => false,
      interactive: true,
      canType: () => true,
      store: localLogStore(),
    })
  );
}

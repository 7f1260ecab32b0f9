// The entry point for a demo component: its slide's session for the host id it names.

import { onScopeDispose } from 'vue';
import { useDemoContext } from './demoContext';
import { useHostSession, type HostSession } from './useHostSession';

// Components without a `host` prop, alive per slide rendering: their position among those makes
// an id every window (and every return to the slide) computes alike, so their logs sync too.
const unnamedAlive = new WeakMap<object, number>();

/** Without a `host` prop each component gets a host of its own. */
export function useDemoHost(hostId: string | undefined): HostSession {
  const context = useDemoContext();
  if (hostId) return useHostSession(context.scope, hostId, context.store);
  const position = unnamedAlive.get(context.scope) ?? 0;
  unnamedAlive.set(context.scope, position + 1);
  onScopeDispose(() => unnamedAlive.set(context.scope, (unnamedAlive.get(context.scope) ?? 1) - 1));
  return useHostSession(context.scope, `slide-${context.slideNo}-demo-${position}`, context.store);
}

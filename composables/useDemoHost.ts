// The entry point for a demo component: its slide's session for the host id it names.

import { useDemoContext } from './demoContext';
import { useHostSession, type HostSession } from './useHostSession';

let anonymous = 0;

/** Without a `host` prop each component gets a host of its own. */
export function useDemoHost(hostId: string | undefined): HostSession {
  const context = useDemoContext();
  return useHostSession(context.scope, hostId || `docker-demo-${anonymous++}`, context.store);
}

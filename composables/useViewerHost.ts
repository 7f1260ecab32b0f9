// The viewers (LayerStack, ImageFanout, LifecycleDiagram) read a host a terminal drives. A viewer
// may bring its own `setup` for a slide without a terminal; a terminal's script wins.

import { watchEffect } from 'vue';
import { useDemoHost } from './useDemoHost';
import type { HostSession } from './useHostSession';

export interface ViewerProps {
  host?: string;
  setup?: string[];
  seed?: number;
}

export function useViewerHost(props: ViewerProps): HostSession {
  const session = useDemoHost(props.host);
  watchEffect(() => {
    const current = session.script.value;
    const setup = props.setup ?? [];
    // Only an empty session takes a viewer's setup; a terminal's later assignment replaces it.
    if (setup.length === 0 || current.setup.length > 0 || current.script.length > 0) return;
    session.script.value = { setup: [...setup], script: [], seed: props.seed ?? 1 };
  });
  return session;
}

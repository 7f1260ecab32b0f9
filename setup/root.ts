// Slidev root setup, run once per window as the app starts: a position the dev server relayed late
// never takes this window back (composables/navOrder.ts). It must be in place before the first
// relayed write: a fresh window loads the demos' modules (where this used to be installed) seconds
// after its first slide shows, and until then the audience's echo of an earlier click moved the
// presenter back.
import { sharedState } from '@slidev/client';
import { defineRootSetup } from '@slidev/types';
import { keepNewestPosition } from '../composables/navOrder';

export default defineRootSetup(() => {
  keepNewestPosition(sharedState);
});

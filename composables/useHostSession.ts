// One demo host per slide instance and host id, shared by the components on that slide.
// Its state is never stored, only derived: setup + scripted lines up to the click + the live
// log, replayed on an engine host. Each rendering of a slide (presenter's current and next
// preview, overview, print pages) gets its own session, so they never fight over one host.

import { effectScope, onScopeDispose, ref, shallowRef, watch, type Ref, type ShallowRef } from 'vue';
import type { Host, HostSnapshot } from '../engine/index';
import { planLines, type HostLog, type LiveEntry } from './hostPlan';
import { HostReplay, type TranscriptEntry } from './hostReplay';
import type { HostLogStore } from './sharedHostLogs';

export interface HostScript {
  setup: readonly string[];
  script: readonly string[];
  seed: number;
}

export interface HostSession {
  readonly hostId: string;
  /** Set by the terminal that owns the script (or a viewer with its own `setup`). */
  readonly script: ShallowRef<HostScript>;
  /** Script lines run so far. */
  readonly step: Ref<number>;
  readonly host: ShallowRef<Host | null>;
  readonly snapshot: ShallowRef<HostSnapshot | null>;
  readonly transcript: ShallowRef<TranscriptEntry[]>;
  readonly history: ShallowRef<string[]>;
  /** The prompt before the next line. */
  readonly prompt: Ref<string>;
  readonly error: Ref<string | null>;
  log(): HostLog;
  /** Runs a typed line (in every window, through the shared log). */
  run(line: string): void;
  clearScreen(): void;
  setDraft(text: string): void;
  /** Forgets the live lines: the host is setup + script again. */
  reset(): void;
}

interface Entry {
  session: HostSession;
  users: number;
  stop: () => void;
}

const NO_SCRIPT: HostScript = Object.freeze({ setup: [], script: [], seed: 1 });
const sessions = new WeakMap<object, Map<string, Entry>>();

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function createSession(hostId: string, store: HostLogStore): Entry {
  const scope = effectScope(true);
  const session = scope.run(() => {
    const script = shallowRef<HostScript>(NO_SCRIPT);
    const step = ref(0);
    const host = shallowRef<Host | null>(null);
    const snapshot = shallowRef<HostSnapshot | null>(null);
    const transcript = shallowRef<TranscriptEntry[]>([]);
    const history = shallowRef<string[]>([]);
    const prompt = ref('$ ');
    const error = ref<string | null>(null);
    let replay: HostReplay | null = null;
    let unsubscribe = () => {};
    let replayKey = '';

    const attach = (next: Host) => {
      unsubscribe();
      host.value = next;
      unsubscribe = next.subscribe((s) => (snapshot.value = s));
    };

    // The default 'pre' flush batches a click and a log change into one replay. The draft is not
    // a source: typing in the prompt must not replay anything.
    watch(
      () => [script.value, step.value, store.read(hostId).live, store.read(hostId).resets] as const,
      ([current, s, live, resets]) => {
        try {
          // A new seed, a new setup or a reset: start from an empty host.
          const key = `${current.seed}\u0000${current.setup.join('\n')}\u0000${resets}`;
          if (!replay || key !== replayKey) {
            replayKey = key;
            replay = new HostReplay(current.seed, undefined, attach);
          }
          replay.sync(planLines({ setup: current.setup, script: current.script, step: s, live }));
          snapshot.value = replay.host.snapshot();
          transcript.value = replay.transcript;
          history.value = replay.history;
          prompt.value = replay.host.prompt();
          error.value = null;
        } catch (e) {
          error.value = message(e);
        }
      },
      { immediate: true },
    );
    onScopeDispose(() => unsubscribe());

    const append = (entry: LiveEntry) => {
      const log = store.read(hostId);
      store.write(hostId, { ...log, live: [...log.live, entry], draft: '' });
    };
    const value: HostSession = {
      hostId,
      script,
      step,
      host,
      snapshot,
      transcript,
      history,
      prompt,
      error,
      log: () => store.read(hostId),
      run: (line) => append({ step: step.value, line }),
      clearScreen: () => append({ step: step.value, clearScreen: true }),
      setDraft: (text) => store.write(hostId, { ...store.read(hostId), draft: text }),
      reset: () => {
        const log = store.read(hostId);
        store.write(hostId, { resets: log.resets + 1, live: [], draft: '' });
      },
    };
    return value;
  })!;
  return { session, users: 0, stop: () => scope.stop() };
}

/**
 * The session for `hostId` in the slide rendering `scope` (Slidev's clicks context object).
 * Call from a component's setup; the session ends when its last component unmounts.
 */
export function useHostSession(scope: object, hostId: string, store: HostLogStore): HostSession {
  let byHost = sessions.get(scope);
  if (!byHost) sessions.set(scope, (byHost = new Map()));
  let entry = byHost.get(hostId);
  if (!entry) byHost.set(hostId, (entry = createSession(hostId, store)));
  entry.users++;
  const owned = entry;
  const map = byHost;
  onScopeDispose(() => {
    if (--owned.users > 0) return;
    owned.stop();
    map.delete(hostId);
  });
  return owned.session;
}

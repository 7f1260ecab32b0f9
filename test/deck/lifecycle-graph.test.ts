// The lifecycle diagram draws what the engine does: every command is replayed from every state on
// a fresh host (engine/index.ts's createHost), and the state changes it causes must be exactly the
// diagram's arrows, each labelled with the commands that cause it.
import { describe, expect, it } from 'vitest';
import { layoutLifecycle, TRANSITIONS, type LifecycleCommand, type LifecycleNodeId } from '../../composables/lifecycleGraph';
import { createHost } from '../../engine/index';

/** Lines that leave a container `web` in each state (after `docker pull nginx`). */
const REACH: Record<Exclude<LifecycleNodeId, 'gone'>, string[]> = {
  image: [],
  created: ['docker create --name web nginx'],
  running: ['docker run -d --name web nginx'],
  paused: ['docker run -d --name web nginx', 'docker pause web'],
  exited: ['docker run -d --name web nginx', 'docker stop web'],
};

/** What each command is on the command line; `exit` is a process that ends by itself. */
const LINES: Record<LifecycleCommand, () => string[]> = {
  create: () => ['docker create --name web nginx'],
  start: () => ['docker start web'],
  stop: () => ['docker stop web'],
  kill: () => ['docker kill web'],
  pause: () => ['docker pause web'],
  unpause: () => ['docker unpause web'],
  restart: () => ['docker restart web'],
  rm: () => ['docker rm web'],
  // Not a command anyone types: replayed on its own in observed().
  exit: () => [],
};

/** web's state after the lines; no `web` is "image" while none was ever made, else "gone". */
function stateOf(lines: string[], made = true): LifecycleNodeId {
  const host = createHost({ seed: 1, now: () => 1_700_000_000_000 });
  for (const line of ['docker pull nginx', 'docker pull hello-world', ...lines]) host.execute(line);
  const web = host.snapshot().containers.find((c) => c.name === 'web');
  if (!web) return made ? 'gone' : 'image';
  return web.state as LifecycleNodeId;
}

function observed(): string[] {
  const seen = new Set<string>();
  for (const [from, reach] of Object.entries(REACH) as [LifecycleNodeId, string[]][]) {
    const made = from !== 'image';
    expect(stateOf(reach, made), `the lines for ${from}`).toBe(from);
    for (const command of Object.keys(LINES) as LifecycleCommand[]) {
      const lines = LINES[command]();
      if (lines.length === 0) continue;
      const to = stateOf([...reach, ...lines], made || command === 'create');
      if (to !== from) seen.add(`${from} -> ${to}: ${command}`);
    }
  }
  // A main process that ends by itself: hello-world's runs, prints and exits (created → running →
  // exited in one `start`; the engine's process ends as the real one does).
  const host = createHost({ seed: 1, now: () => 1_700_000_000_000 });
  host.execute('docker pull hello-world');
  host.execute('docker create --name web hello-world');
  const result = host.execute('docker start web');
  expect(result.exitCode).toBe(0);
  const web = host.snapshot().containers.find((c) => c.name === 'web');
  expect(web?.state).toBe('exited');
  seen.add('running -> exited: exit');
  return [...seen].sort();
}

describe('lifecycle diagram', () => {
  it('draws exactly the state changes the engine makes, each with the commands that make it', () => {
    const drawn = TRANSITIONS.flatMap((t) => t.commands.map((c) => `${t.from} -> ${t.to}: ${c}`)).sort();
    expect(drawn).toEqual(observed());
  });

  it('never draws an arrow the engine cannot take (running never becomes restarting)', () => {
    const states = new Set(TRANSITIONS.flatMap((t) => [t.from, t.to]));
    expect([...states].sort()).toEqual(['created', 'exited', 'gone', 'image', 'paused', 'running']);
  });

  it('lays out every state and arrow, labels apart from each other', () => {
    const layout = layoutLifecycle();
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(['created', 'exited', 'gone', 'image', 'paused', 'running']);
    expect(layout.edges).toHaveLength(TRANSITIONS.length);
    // Fits the slide's content width (980 px canvas less Slidev's 2 × 56 px padding).
    expect(layout.width).toBeLessThanOrEqual(868);
    for (const e of layout.edges) expect(e.points.length, e.key).toBeGreaterThanOrEqual(2);
  });
});

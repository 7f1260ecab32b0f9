// Which lines a demo host has run, derived from the slide and the shared live log only, so every
// window (presenter, audience, PDF) that sees the same click and log computes the same host.

/** A line the presenter typed (or a Ctrl+L), tagged with the script step it was typed after. */
export type LiveEntry = { step: number; line: string } | { step: number; clearScreen: true };

/** One host's live log as shared between windows. `resets` counts reset-button presses. */
export interface HostLog {
  resets: number;
  live: LiveEntry[];
  /** What is in the prompt right now (so the audience sees the presenter typing). */
  draft: string;
  /** Which write this is, counting every window's writes (composables/sharedHostLogs.ts). */
  rev?: number;
  /** The window that wrote it: of two writes with one `rev`, the larger id wins everywhere. */
  by?: string;
}

export const EMPTY_LOG: HostLog = Object.freeze({ resets: 0, live: [], draft: '' }) as HostLog;

export type LineSource = 'setup' | 'script' | 'live';

export interface PlannedLine {
  source: LineSource;
  /** Empty for a Ctrl+L, which clears the screen without running anything. */
  line: string;
  clearScreen: boolean;
}

export interface PlanInput {
  setup: readonly string[];
  script: readonly string[];
  /** How many script lines have run (0 … script.length). */
  step: number;
  live: readonly LiveEntry[];
}

function fromLive(entry: LiveEntry): PlannedLine {
  return 'clearScreen' in entry
    ? { source: 'live', line: '', clearScreen: true }
    : { source: 'live', line: entry.line, clearScreen: false };
}

/**
 * setup, then live lines typed at step 0, script[0], live lines typed at step 1, … up to `step`.
 * Live lines typed at a later step stay hidden while the presenter is back on an earlier click.
 */
export function planLines({ setup, script, step, live }: PlanInput): PlannedLine[] {
  const last = Math.max(0, Math.min(step, script.length));
  const plan: PlannedLine[] = setup.map((line) => ({ source: 'setup', line, clearScreen: false }));
  for (let s = 0; s <= last; s++) {
    if (s > 0) plan.push({ source: 'script', line: script[s - 1]!, clearScreen: false });
    for (const entry of live) if (entry.step === s) plan.push(fromLive(entry));
  }
  return plan;
}

export function samePlannedLine(a: PlannedLine, b: PlannedLine): boolean {
  return a.source === b.source && a.line === b.line && a.clearScreen === b.clearScreen;
}

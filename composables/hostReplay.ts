// Runs a plan of lines on an engine host, incrementally when the plan only grew, from scratch
// otherwise (going back a click, a reset). Plain TypeScript: the components and the benchmark
// share it.

import { createHost, type ExecResult, type Host, type OutputChunk } from '../engine/index';
import { samePlannedLine, type LineSource, type PlannedLine } from './hostPlan';
import { clearsScreen, printableOutput } from './terminalText';

/**
 * A virtual clock: every window replays the same lines at the same instants, so "Up 6 seconds"
 * reads the same in the presenter view, the audience view and the PDF. The day is the current
 * UTC day (images' "2 weeks ago" stays true to life); each line moves the clock on a few seconds.
 */
export const SECONDS_PER_LINE = 3;
export function demoEpoch(today = Date.now()): number {
  const day = new Date(today);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), 9, 0, 0);
}

export interface TranscriptEntry {
  /** Position in the plan, stable across re-renders (a key for v-for). */
  index: number;
  source: LineSource;
  /** The prompt shown before the line ("$ ", or a container's while attached). */
  prompt: string;
  line: string;
  /** stdout and stderr, made printable, in the order they were written. */
  output: OutputChunk[];
  exitCode: number;
  /** Typed by the terminal itself (the `exit` that leaves a shell left open before a scripted line). */
  auto?: boolean;
}

export class HostReplay {
  host!: Host;
  private applied: PlannedLine[] = [];
  private clock = 0;
  /** What the screen shows: scripted and live lines since the last clear; setup lines are silent. */
  transcript: TranscriptEntry[] = [];
  /** Every command line run after setup, for ↑/↓ history. */
  history: string[] = [];

  constructor(
    private readonly seed: number,
    private readonly epoch: number = demoEpoch(),
    private readonly onNewHost: (host: Host) => void = () => {},
  ) {
    this.reset();
  }

  /** The host shell's prompt: any other prompt means an interactive container session is open. */
  private hostPrompt = '';

  private reset(): void {
    this.clock = this.epoch;
    this.host = createHost({ seed: this.seed, now: () => this.clock });
    this.hostPrompt = this.host.prompt();
    this.applied = [];
    this.transcript = [];
    this.history = [];
    this.onNewHost(this.host);
  }

  /** Brings the host to `plan`; returns true when it had to start again from an empty host. */
  sync(plan: readonly PlannedLine[]): boolean {
    const isPrefix = this.applied.length <= plan.length && this.applied.every((done, i) => samePlannedLine(done, plan[i]!));
    if (!isPrefix) this.reset();
    for (let i = this.applied.length; i < plan.length; i++) this.apply(plan[i]!, i);
    return !isPrefix;
  }

  private apply(planned: PlannedLine, index: number): void {
    this.applied.push(planned);
    if (planned.clearScreen) {
      this.transcript = [];
      return;
    }
    // A shell someone left open (`docker run -it ubuntu bash`) must not capture the script: leave
    // it first, as a presenter would, with the `exit` on screen.
    if (planned.source !== 'live') this.leaveContainerShell(index, planned.source === 'script');
    this.clock += SECONDS_PER_LINE * 1000;
    const prompt = this.host.prompt();
    const result: ExecResult = this.host.execute(planned.line);
    if (planned.source === 'setup') return;
    if (planned.line.trim() !== '') this.history = [...this.history, planned.line];
    if (clearsScreen(planned.line, result)) {
      // Like a real terminal: the screen is blank afterwards, not even the `clear` line stays.
      this.transcript = [];
      return;
    }
    this.transcript = [...this.transcript, this.entry(planned, index, prompt, result)];
  }

  private leaveContainerShell(index: number, shown: boolean): void {
    for (let guard = 0; guard < 8 && this.host.prompt() !== this.hostPrompt; guard++) {
      this.clock += SECONDS_PER_LINE * 1000;
      const prompt = this.host.prompt();
      const result = this.host.execute('exit');
      if (!shown) continue;
      // Keyed between the plan's positions: index - 1 + a fraction stays unique and in order.
      const exit: PlannedLine = { source: 'script', line: 'exit', clearScreen: false };
      this.transcript = [
        ...this.transcript,
        { ...this.entry(exit, index, prompt, result), index: index - 1 + (guard + 1) / 16, auto: true },
      ];
    }
  }

  private entry(planned: PlannedLine, index: number, prompt: string, result: ExecResult): TranscriptEntry {
    return {
      index,
      source: planned.source,
      prompt,
      line: planned.line,
      output: printableOutput(result.output),
      exitCode: result.exitCode,
    };
  }
}

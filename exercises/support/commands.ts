// Runs a command exercise: reads the learner's commands file (one command per line, `#`
// comments and blank lines ignored) and runs each line on a fresh simulated Docker host.
import { readFileSync } from 'node:fs';
import { createHost } from '../../engine/index';
import { CheckFailure, test as registerCheck, type TestFn } from '../../grader/harness';
import type { ContainerView, ExecResult, Host, ImageView } from '../../engine/types';
import { commandLinesOf } from './command-lines';
import { failedCommandsReport, type Problem } from './failed-commands';
import { dockerRun } from './run-flags';
import { setupOf } from './setups';
import { namedList } from './lists';

export { commandLines } from './command-lines';

/** How a line that succeeded would still stop a commands file on a real host. */
export type Blocks = 'attached' | 'session' | 'question';

export interface RanLine extends ExecResult {
  line: string;
  /** 1-based line number in the commands file. */
  lineNo: number;
  blocks?: Blocks;
}

export interface CommandRun {
  host: Host;
  /** The learner's lines only (setup lines are not included). */
  ran: RanLine[];
  /** The host's clock now (epoch ms): what "Up 5 seconds" is measured against. */
  now: () => number;
}

/** A fixed clock, so "Up 2 minutes" and IDs replay identically on every run. */
export const START = Date.UTC(2026, 0, 15, 9, 0, 0);
/** Each command takes a second of simulated time, so later containers are younger. */
export const STEP_MS = 1000;
/** The seed every command exercise's host uses (`npm run shell -- NN` replays with it too). */
export const SEED = 42;
/** Attached `docker run` lines looked at (each needs a snapshot): the first one is what matters. */
const ATTACHED_LOOKS = 5;

const HOST_PROMPT = '$ ';

function running(host: Host): number {
  return host.snapshot().containers.filter((c) => c.state === 'running').length;
}

/**
 * Runs learner lines one at a time and notes any that would not return on a real host. The
 * check for an attached `docker run` needs two snapshots, so only the first few are looked at.
 */
export function lineRunner(host: Host): (line: string, lineNo: number) => RanLine {
  let looks = 0;
  return (line, lineNo) => {
    const onHost = host.prompt() === HOST_PROMPT;
    const run = onHost ? dockerRun(line) : undefined;
    const look = run !== undefined && !run.detach && looks < ATTACHED_LOOKS;
    const before = look ? running(host) : 0;
    const entry: RanLine = { line, lineNo, ...host.execute(line) };
    if (look) looks++;
    if (onHost && entry.exitCode === 0) {
      const prompt = host.prompt();
      if (prompt !== HOST_PROMPT) entry.blocks = /[#$] $/.test(prompt) ? 'session' : 'question';
      else if (look && running(host) > before) entry.blocks = 'attached';
    }
    return entry;
  };
}

/**
 * Looks at the host after the setup (`line` undefined) and after each of the learner's lines, for
 * checks about what existed in between (16: the container that wrote a file before it was removed).
 * It must only read the host (snapshot, readFile, hostFileBytes), never run a command on it.
 */
export type Observer = (host: Host, line?: RanLine) => void;

export function runCommands(text: string, setup: string[] = [], observe?: Observer): CommandRun {
  let now = START;
  const host = createHost({ seed: SEED, now: () => now });
  for (const line of setup) {
    const r = host.execute(line);
    if (r.exitCode !== 0) throw new Error(`setup command failed: ${line}\n${r.stderr}`);
    now += STEP_MS;
  }
  observe?.(host);
  const ran: RanLine[] = [];
  const runLine = lineRunner(host);
  for (const { lineNo, text: line } of commandLinesOf(text)) {
    const entry = runLine(line, lineNo);
    ran.push(entry);
    observe?.(host, entry);
    now += STEP_MS;
  }
  return { host, ran, now: () => now };
}

export function container(host: Host, name: string): ContainerView | undefined {
  return host.snapshot().containers.find((c) => c.name === name);
}

/** The names of every container on the host, cut to a readable list ("none" when empty). */
export function containerNames(host: Host): string {
  return namedList(host.snapshot().containers.map((c) => c.name));
}

/** The image a reference names, e.g. "nginx" or "nginx:latest" or "mysite:v1". */
export function image(host: Host, ref: string): ImageView | undefined {
  const full = ref.includes(':') ? ref : `${ref}:latest`;
  return host.snapshot().images.find((i) => i.repoTags.includes(full));
}

export function ports(c: ContainerView): string {
  return c.ports.map((p) => `${p.hostPort}->${p.containerPort}/${p.protocol}`).join(', ') || 'no published ports';
}

/** The learner's lines that failed, or that would not return on a real host. */
export function problems(ran: readonly RanLine[], expected: (r: RanLine) => boolean = () => false): Problem[] {
  return ran.filter((r) => (r.exitCode !== 0 && !expected(r)) || r.blocks !== undefined);
}

export function nothingRun(ran: RanLine[]): string | undefined {
  return ran.length === 0 ? 'the commands file has no commands yet (only comments)' : undefined;
}

/** Fails the check while the commands file holds no command. */
export function requireCommands(ran: RanLine[]): void {
  const empty = nothingRun(ran);
  if (empty !== undefined) throw new CheckFailure(empty);
}

/** A check failure whose message already lists the failed commands (so it is not listed twice). */
export class CommandsFailure extends CheckFailure {}

/** Fails when a command failed or would not return: the message lists each with its whole error. */
export function requireCleanRun(run: CommandRun, expected?: (r: RanLine) => boolean): void {
  requireCommands(run.ran);
  const report = failedCommandsReport(problems(run.ran, expected), run.ran.length);
  if (report !== undefined) throw new CommandsFailure(report);
}

export interface CommandExercise {
  /** The learner's commands, run once on first use and shared by the file's checks. */
  run: () => CommandRun;
  /**
   * Registers a check (as the harness's `test`). The first check of the file that fails gets
   * the learner's failed commands, each with its whole error, before its own diagnosis.
   */
  test: (name: string, fn: TestFn) => void;
}

export interface CommandExerciseOptions {
  /** Failures that are the point of the exercise (11: Docker's refusal), not listed as mistakes. */
  expectedFailure?: (r: RanLine) => boolean;
  /** Sees the host between the learner's lines (16, 17: what existed before a removal). */
  observe?: Observer;
}

/**
 * A command exercise's checks: the commands file next to the test file, run after the
 * exercise's setup (setups.ts). Listing the checks of an exercise that is not started runs nothing.
 */
export function commandExercise(testFileUrl: string, options: CommandExerciseOptions = {}): CommandExercise {
  const folder = new URL('.', testFileUrl).pathname.split('/').filter(Boolean).pop() ?? '';
  let result: CommandRun | undefined;
  const run = (): CommandRun => {
    result ??= runCommands(readFileSync(new URL('./commands.sh', testFileUrl), 'utf8'), setupOf(folder), options.observe);
    return result;
  };
  let shown = false;
  const test = (name: string, fn: TestFn): void =>
    registerCheck(name, async () => {
      try {
        await fn();
      } catch (error) {
        if (shown || !(error instanceof CheckFailure)) throw error;
        shown = true;
        if (error instanceof CommandsFailure) throw error;
        const { ran } = run();
        const expected = options.expectedFailure ? ran.filter((r) => r.exitCode !== 0 && options.expectedFailure!(r)).length : 0;
        const report = failedCommandsReport(problems(ran, options.expectedFailure), ran.length, expected);
        if (report === undefined) throw error;
        throw new CheckFailure(`${report}\n\n${error.message}`);
      }
    });
  return { run, test };
}

/** The ID nginx:latest has on a fresh host: what "the image is unchanged" compares against. */
export function pristineImageId(ref: string): string {
  const host = createHost({ seed: 1, now: () => START });
  host.execute(`docker pull ${ref}`);
  const found = image(host, ref);
  if (!found) throw new Error(`the simulated registry has no ${ref}`);
  return found.id;
}

/** A file as a fresh container of `ref` sees it: what "unchanged" compares against. */
export function pristineFile(ref: string, path: string): string | undefined {
  const host = createHost({ seed: 1, now: () => START });
  host.execute(`docker create --name probe ${ref}`);
  return host.readFile('probe', path);
}

// Runs a command exercise: reads the learner's commands file (one command per line, `#`
// comments and blank lines ignored) and runs each line on a fresh simulated Docker host.
import { readFileSync } from 'node:fs';
import { createHost } from '../../engine/index';
import { CheckFailure } from '../../grader/harness';
import type { ContainerView, ExecResult, Host, ImageView } from '../../engine/types';

export interface RanLine extends ExecResult {
  line: string;
}

export interface CommandRun {
  host: Host;
  /** The learner's lines only (setup lines are not included). */
  ran: RanLine[];
  /** The host's clock now (epoch ms): what "Up 5 seconds" is measured against. */
  now: () => number;
}

/** A fixed clock, so "Up 2 minutes" and IDs replay identically on every run. */
const START = Date.UTC(2026, 0, 15, 9, 0, 0);

export function commandLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}

export function runCommands(text: string, setup: string[] = []): CommandRun {
  let now = START;
  // Each command takes a second of simulated time, so later containers are younger.
  const host = createHost({ seed: 42, now: () => now });
  for (const line of setup) {
    const r = host.execute(line);
    if (r.exitCode !== 0) throw new Error(`setup command failed: ${line}\n${r.stderr}`);
    now += 1000;
  }
  const ran: RanLine[] = [];
  for (const line of commandLines(text)) {
    ran.push({ line, ...host.execute(line) });
    now += 1000;
  }
  return { host, ran, now: () => now };
}

export function container(host: Host, name: string): ContainerView | undefined {
  return host.snapshot().containers.find((c) => c.name === name);
}

/** The image a reference names, e.g. "nginx" or "nginx:latest" or "mysite:v1". */
export function image(host: Host, ref: string): ImageView | undefined {
  const full = ref.includes(':') ? ref : `${ref}:latest`;
  return host.snapshot().images.find((i) => i.repoTags.includes(full));
}

export function ports(c: ContainerView): string {
  return c.ports.map((p) => `${p.hostPort}->${p.containerPort}/${p.protocol}`).join(', ') || 'no published ports';
}

/** "line 3 `docker run …` failed: <stderr first line>" for the first failed line, if any. */
export function firstFailure(ran: RanLine[]): string | undefined {
  const i = ran.findIndex((r) => r.exitCode !== 0);
  if (i < 0) return undefined;
  const r = ran[i]!;
  const why = r.stderr.trim().split('\n')[0] ?? '';
  return `command ${i + 1} \`${r.line}\` failed (exit ${r.exitCode}): ${why}`;
}

export function nothingRun(ran: RanLine[]): string | undefined {
  return ran.length === 0 ? 'the commands file has no commands yet (only comments)' : undefined;
}

/** Fails the check while the commands file holds no command. */
export function requireCommands(ran: RanLine[]): void {
  const empty = nothingRun(ran);
  if (empty !== undefined) throw new CheckFailure(empty);
}

/**
 * The learner's commands file next to a test file, run once (on first use, so listing the
 * checks of an exercise that is not started runs nothing) and shared by that file's checks.
 */
export function commandsRun(testFileUrl: string, setup: string[] = []): () => CommandRun {
  let run: CommandRun | undefined;
  return () => {
    run ??= runCommands(readFileSync(new URL('./commands.sh', testFileUrl), 'utf8'), setup);
    return run;
  };
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

// Runs exercises' checks on a few reusable worker threads. A job that overruns its time is
// ended by terminating its worker (which stops even a synchronous loop); the slot then starts
// a fresh worker for its next job.
import { randomBytes } from 'node:crypto';
import type { Worker } from 'node:worker_threads';
import { describeError as describe } from './describe-error';
import { spawnTsWorker } from './spawn-worker';
import type { ImportRule } from './import-policy';
import type { SignedMessage, TestJob, TestOutcome } from './protocol';

export interface RunResult {
  outcome: 'done' | 'timeout' | 'crashed';
  /** Importing the test files (and so the learner's file) threw: a syntax error, a missing export… */
  loadError?: string;
  crash?: string;
  /** Built-ins the learner's code replaced (intrinsics.ts): the exercise is an error. */
  tampered?: string[];
  tests: TestOutcome[];
}

const WORKER_ENTRY = new URL('./test-worker.ts', import.meta.url);
const STARTUP_LIMIT_MS = 60_000;
/** Extra time for importing the checks (and the learner's file) on a busy machine; a loop at import still ends. */
const IMPORT_ALLOWANCE_MS = 5000;

/** Workers that have exited: a learner's stray async error can end one between two jobs. */
const exited = new WeakSet<Worker>();
/** Each worker's token: its own messages carry it (test-worker.ts), a forged one cannot. */
const tokens = new WeakMap<Worker, string>();

/** Why a run whose channel carried a message without the worker's token counts for nothing. */
export const FORGED_MESSAGE =
  "a message that did not come from the grader's worker reached the grader (code under test tried to report check results itself), so nothing this run reported counts";

function authentic(worker: Worker, m: SignedMessage): boolean {
  const token = tokens.get(worker);
  return token !== undefined && typeof m === 'object' && m !== null && m.token === token;
}

/** Starts a worker and resolves once tsx is registered, `preload` modules warmed up, and the worker listens. */
export function startWorker(preload: string[] = [], importRules: ImportRule[] = []): Promise<Worker> {
  const token = randomBytes(32).toString('hex');
  const worker = spawnTsWorker(WORKER_ENTRY, { preload, importRules, token });
  tokens.set(worker, token);
  // Errors are handled per job (runOnWorker); one raised between jobs must not crash the grader.
  worker.on('error', () => undefined);
  worker.once('exit', () => exited.add(worker));
  // A forged message between two jobs (a learner's timer) ends the worker: the next job gets a fresh one.
  worker.on('message', (m: SignedMessage) => {
    if (!authentic(worker, m)) void worker.terminate();
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error('the grader worker did not start'));
    }, STARTUP_LIMIT_MS);
    worker.once('message', (m: SignedMessage) => {
      clearTimeout(timer);
      if (authentic(worker, m) && m.type === 'ready') resolve(worker);
      else reject(new Error(`unexpected first message from worker: ${m.type}`));
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

/** Runs one job; `reusable` is false when the worker had to be ended or died. */
export function runOnWorker(worker: Worker, job: TestJob, timeoutMs: number): Promise<{ result: RunResult; reusable: boolean }> {
  return new Promise((resolve) => {
    let names: string[] = [];
    const tests: TestOutcome[] = [];
    let loadError: string | undefined;
    let tampered: string[] | undefined;

    const finish = (outcome: RunResult['outcome'], crash?: string): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      const reported = new Set(tests.map((t) => t.name));
      let blamed = outcome === 'done';
      for (const name of names) {
        if (reported.has(name)) continue;
        // The first unfinished check is the one that hung or crashed; the rest never ran.
        const why =
          outcome === 'timeout'
            ? `did not finish within ${timeoutMs / 1000} s: an endless loop, or a promise that never settles?`
            : `the worker died: ${crash ?? 'unknown reason'}`;
        tests.push(blamed ? { name, status: 'skipped' } : { name, status: 'failed', message: why });
        blamed = true;
      }
      const result: RunResult = { outcome, tests };
      if (loadError !== undefined) result.loadError = loadError;
      if (crash !== undefined) result.crash = crash;
      if (tampered !== undefined) result.tampered = tampered;
      // A worker whose built-ins were changed is not given another exercise.
      resolve({ result, reusable: outcome === 'done' && tampered === undefined });
    };
    const onMessage = (m: SignedMessage): void => {
      if (!authentic(worker, m)) {
        // Whatever came before it on this channel may be forged too: no check of this run counts.
        tests.length = 0;
        void worker.terminate();
        finish('crashed', FORGED_MESSAGE);
        return;
      }
      if (m.type === 'registered') {
        names = m.names;
        // The checks' own time limit starts now that they are loaded.
        clearTimeout(timer);
        timer = setTimeout(onTimeout, timeoutMs);
      } else if (m.type === 'test') tests.push(m.outcome);
      else if (m.type === 'loadError') loadError = m.message;
      else if (m.type === 'tampered') tampered = m.names;
      else if (m.type === 'done') finish('done');
    };
    const onError = (error: unknown): void => {
      void worker.terminate();
      finish('crashed', describe(error));
    };
    const onExit = (code: number): void => finish('crashed', `worker exited with code ${code}`);
    const onTimeout = (): void => {
      void worker.terminate();
      finish('timeout');
    };
    let timer = setTimeout(onTimeout, timeoutMs + IMPORT_ALLOWANCE_MS);

    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage(job);
  });
}

/**
 * Runs all jobs on `size` worker slots; results keep the jobs' keys. Jobs marked `engine` (their
 * checks run the simulated Docker host) go to the first slot first: building the host's bundled
 * images is the slowest part of loading it, and a worker that did it once keeps it.
 */
export async function runJobs(
  jobs: { key: string; job: TestJob; engine?: boolean }[],
  options: { size: number; timeoutMs: number; takeWorker?: () => Promise<Worker>; preload?: string[]; importRules?: ImportRule[] },
): Promise<Map<string, RunResult>> {
  const results = new Map<string, RunResult>();
  const engineQueue = jobs.filter((j) => j.engine);
  const otherQueue = jobs.filter((j) => !j.engine);
  const slot = async (prefersEngine: boolean): Promise<void> => {
    const take = () => (prefersEngine ? (engineQueue.shift() ?? otherQueue.shift()) : (otherQueue.shift() ?? engineQueue.shift()));
    let worker: Worker | undefined;
    for (let next = take(); next; next = take()) {
      if (worker && exited.has(worker)) worker = undefined;
      // The engine slot warms the simulated host up before its first job.
      worker ??= await (options.takeWorker ? options.takeWorker() : startWorker(prefersEngine ? options.preload : [], options.importRules));
      const { result, reusable } = await runOnWorker(worker, next.job, options.timeoutMs);
      results.set(next.key, result);
      if (!reusable) worker = undefined;
    }
    if (worker) await worker.terminate();
  };
  const slots = Math.max(1, Math.min(options.size, jobs.length));
  await Promise.all(Array.from({ length: slots }, (_, i) => slot(i === 0)));
  return results;
}

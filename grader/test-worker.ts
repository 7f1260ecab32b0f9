// Worker thread that imports one exercise's test files and runs the checks they register,
// reporting each result as soon as it is known (so a later infinite loop loses nothing).
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { describeError as describe } from './describe-error';
import { registeredTests } from './harness';
import type { TestJob, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('test-worker.ts must run in a worker thread');

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

// An error thrown from a learner's timer or an unhandled rejection would otherwise end the
// worker, possibly during the next exercise's job: record it and fail the check that caused it.
let stray: string | undefined;
process.on('uncaughtException', (error) => (stray ??= describe(error)));
process.on('unhandledRejection', (reason) => (stray ??= describe(reason)));

async function runJob(job: TestJob): Promise<void> {
  const tests = registeredTests();
  tests.length = 0;
  stray = undefined;
  try {
    for (const file of job.testFiles) await import(pathToFileURL(file).href);
  } catch (error) {
    send({ type: 'loadError', message: describe(error) });
    send({ type: 'done' });
    return;
  }
  send({ type: 'registered', names: tests.map((t) => t.name) });
  for (const t of tests) {
    if (!job.run) {
      send({ type: 'test', outcome: { name: t.name, status: 'skipped' } });
      continue;
    }
    try {
      await t.fn();
      // Let a rejection or timer error raised by this check surface before judging it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stray !== undefined) throw new Error(`an error escaped the check: ${stray}`);
      send({ type: 'test', outcome: { name: t.name, status: 'passed' } });
    } catch (error) {
      stray = undefined;
      send({ type: 'test', outcome: { name: t.name, status: 'failed', message: describe(error) } });
    }
  }
  send({ type: 'done' });
}

/** Modules whose `warmUp()` runs before the first job (see grade.ts): slow set-up outside any time limit. */
async function warmUp(preload: string[]): Promise<void> {
  for (const url of preload) {
    try {
      const module = (await import(url)) as { warmUp?: () => unknown };
      await module.warmUp?.();
    } catch {
      // A broken warm-up only makes the first check slower; the check itself reports the problem.
    }
  }
}

port.on('message', (job: TestJob) => {
  void runJob(job);
});
void warmUp((workerData as { preload?: string[] } | null)?.preload ?? []).then(() => send({ type: 'ready' }));

// Worker thread that imports one exercise's test files and runs the checks they register,
// reporting each result as soon as it is known (so a later infinite loop loses nothing).
import { parentPort } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { registeredTests } from './harness';
import type { TestJob, WorkerMessage } from './protocol';

const port = parentPort;
if (!port) throw new Error('test-worker.ts must run in a worker thread');

function send(message: WorkerMessage): void {
  port!.postMessage(message);
}

function describe(error: unknown): string {
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

async function runJob(job: TestJob): Promise<void> {
  const tests = registeredTests();
  tests.length = 0;
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
      send({ type: 'test', outcome: { name: t.name, status: 'passed' } });
    } catch (error) {
      send({ type: 'test', outcome: { name: t.name, status: 'failed', message: describe(error) } });
    }
  }
  send({ type: 'done' });
}

port.on('message', (job: TestJob) => {
  void runJob(job);
});
send({ type: 'ready' });

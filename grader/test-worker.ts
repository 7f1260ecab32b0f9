// Worker thread that imports one exercise's test files and runs the checks they register,
// reporting each result as soon as it is known (so a later infinite loop loses nothing).
import { createRequire, register, syncBuiltinESMExports } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { describeError as describe } from './describe-error';
import { closeEscapeHatches } from './escape-hatches';
import * as ownHarness from './harness';
import type { ImportRule } from './import-policy';
import { captureIntrinsics, changedIntrinsics } from './intrinsics';
import type { SignedMessage, TestJob, WorkerMessage } from './protocol';

const data = (workerData ?? {}) as { preload?: string[]; importRules?: ImportRule[]; token?: string };
// Before any check or learner file loads: the built-ins as Node made them, and the import rules.
const intrinsics = captureIntrinsics();
register(new URL('./import-guard.mjs', import.meta.url), { data: { rules: data.importRules ?? [] } });

const port = parentPort;
if (!port) throw new Error('test-worker.ts must run in a worker thread');
// The result channel, kept where only this module reaches it: the port's own postMessage (a later
// change to MessagePort.prototype does not reach it) and the token that signs every message.
const post = port.postMessage.bind(port);
const token = data.token ?? '';
// The token is wiped from worker_threads' workerData (the CommonJS exports and the ES namespace),
// and the functions that reach built-ins without an import are closed (escape-hatches.ts).
(createRequire(import.meta.url)('node:worker_threads') as { workerData: unknown }).workerData = null;
syncBuiltinESMExports();
closeEscapeHatches();

function send(message: WorkerMessage): void {
  const signed: SignedMessage = { ...message, token };
  post(signed);
}

// An error thrown from a learner's timer or an unhandled rejection would otherwise end the
// worker, possibly during the next exercise's job: record it and fail the check that caused it.
let stray: string | undefined;
process.on('uncaughtException', (error) => (stray ??= describe(error)));
process.on('unhandledRejection', (reason) => (stray ??= describe(reason)));

/**
 * The harness the checks register in is the one they import (`../../grader/harness` from
 * exercises/<id>/): the kit being graded, which need not be this grader's own copy (a kit copy
 * graded from elsewhere, a class re-grade). Its registry is module-private, so it must be that module.
 */
async function harnessFor(job: TestJob): Promise<typeof ownHarness> {
  const first = job.testFiles[0];
  if (!first) return ownHarness;
  return (await import(new URL('../../grader/harness.ts', pathToFileURL(first)).href)) as typeof ownHarness;
}

async function runJob(job: TestJob): Promise<void> {
  const { registeredTests, setRunSeed } = await harnessFor(job);
  const tests = registeredTests();
  tests.length = 0;
  stray = undefined;
  setRunSeed(job.seed ?? 1);
  try {
    for (const file of job.testFiles) await import(pathToFileURL(file).href);
  } catch (error) {
    send({ type: 'loadError', message: describe(error) });
    send({ type: 'done' });
    return;
  }
  // A learner's file that changed a built-in while loading: nothing it passes can be trusted.
  const atLoad = changedIntrinsics(intrinsics);
  if (atLoad.length > 0) {
    send({ type: 'tampered', names: atLoad });
    send({ type: 'done' });
    return;
  }
  send({ type: 'registered', names: tests.map((t) => t.name) });
  for (const t of [...tests]) {
    if (!job.run) {
      send({ type: 'test', outcome: { name: t.name, status: 'skipped' } });
      continue;
    }
    try {
      await t.fn();
      // Let a rejection or timer error raised by this check surface before judging it.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (stray !== undefined) throw new Error(`an error escaped the check: ${stray}`);
      const changed = changedIntrinsics(intrinsics);
      if (changed.length > 0) {
        send({ type: 'tampered', names: changed });
        break;
      }
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
void warmUp(data.preload ?? []).then(() => send({ type: 'ready' }));

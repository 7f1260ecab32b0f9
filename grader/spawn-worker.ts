// Starts a worker thread that can import TypeScript: the worker first registers tsx's ESM
// loader, then imports the entry. (A worker's execArgv `--import tsx` does not cover its own
// entry file on Node 20, hence this small bootstrap.)
import { Worker } from 'node:worker_threads';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);

function tsxEsmApiUrl(): string {
  // require.resolve picks the CommonJS build; its ESM twin sits beside it.
  const cjs = require.resolve('tsx/esm/api');
  return pathToFileURL(cjs.replace(/index\.cjs$/, 'index.mjs')).href;
}

export function spawnTsWorker(entry: URL, workerData?: unknown): Worker {
  const source = [
    `import(${JSON.stringify(tsxEsmApiUrl())})`,
    `  .then((api) => { api.register(); return import(${JSON.stringify(entry.href)}); });`,
  ].join('\n');
  const worker = new Worker(source, {
    eval: true,
    workerData,
    // Learners' console output would garble the score table: capture it and drop it.
    stdout: true,
    stderr: true,
    // A runaway allocation in a solution ends this worker, not the grader.
    resourceLimits: { maxOldGenerationSizeMb: 512 },
  });
  worker.stdout.resume();
  worker.stderr.resume();
  return worker;
}

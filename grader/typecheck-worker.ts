// A long-lived worker that owns one Checker, so the slow load of the TypeScript compiler runs
// beside the checks (not before them) and watch mode re-checks incrementally.
import { parentPort } from 'node:worker_threads';
import { Checker } from './typecheck';

export interface TypecheckRequest {
  seq: number;
  roots: string[];
  ambient: string[];
}

const port = parentPort;
if (!port) throw new Error('typecheck-worker.ts must run in a worker thread');
const checker = new Checker();

port.on('message', (request: TypecheckRequest) => {
  try {
    port.postMessage({ seq: request.seq, results: checker.check(request.roots, request.ambient) });
  } catch (error) {
    port.postMessage({ seq: request.seq, error: error instanceof Error ? error.message : String(error) });
  }
});
port.postMessage({ ready: true });

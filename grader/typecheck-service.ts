// The grader's side of the type-check worker: started on first use, then kept for the
// process's life (watch mode re-checks incrementally on it).
import type { Worker } from 'node:worker_threads';
import { spawnTsWorker } from './spawn-worker';
import type { FileDiagnostics } from './typecheck';

type Reply = { seq: number; results?: FileDiagnostics[]; error?: string } | { ready: true };

export class TypecheckService {
  private worker: Worker | undefined;
  private ready: Promise<void> | undefined;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (r: FileDiagnostics[]) => void; reject: (e: Error) => void }>();

  private start(): Promise<void> {
    const worker = spawnTsWorker(new URL('./typecheck-worker.ts', import.meta.url));
    this.worker = worker;
    this.ready = new Promise((resolve, reject) => {
      worker.on('message', (reply: Reply) => {
        if ('ready' in reply) return resolve();
        const waiting = this.pending.get(reply.seq);
        this.pending.delete(reply.seq);
        if (!waiting) return;
        if (reply.error !== undefined) waiting.reject(new Error(reply.error));
        else waiting.resolve(reply.results ?? []);
      });
      worker.on('error', (error) => {
        reject(error);
        for (const w of this.pending.values()) w.reject(error);
        this.pending.clear();
      });
    });
    return this.ready;
  }

  async check(roots: string[], ambient: string[]): Promise<FileDiagnostics[]> {
    if (roots.length === 0) return [];
    await (this.ready ?? this.start());
    const seq = ++this.seq;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker!.postMessage({ seq, roots, ambient });
    });
  }

  async close(): Promise<void> {
    await this.worker?.terminate();
    this.worker = undefined;
    this.ready = undefined;
  }
}

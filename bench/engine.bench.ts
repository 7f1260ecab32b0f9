// 10,000 `docker run -d nginx` on one host: time, and retained heap per container (image layers
// are stored once however many containers share them). Three rounds, each on a fresh host; the
// best and the median are printed because a shared machine is noisy. Run with `npm run bench`.
import { createHost } from '../engine/index';

const N = 10_000;
const ROUNDS = 3;
const gc = (globalThis as { gc?: () => void }).gc;

function round(): { seconds: number; bytesPerContainer: number; psMs: number } {
  const host = createHost({ seed: 7, now: () => Date.UTC(2026, 10, 27, 10) });
  host.execute('docker pull nginx'); // builds the bundled image once, outside the measurement
  for (let i = 0; i < 200; i++) host.execute('docker run -d nginx'); // warm the JIT
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  for (let i = 0; i < N; i++) host.execute('docker run -d nginx');
  const seconds = (performance.now() - t0) / 1000;
  gc?.();
  const bytesPerContainer = (process.memoryUsage().heapUsed - heapBefore) / N;
  const p0 = performance.now();
  host.execute('docker ps -q');
  return { seconds, bytesPerContainer, psMs: performance.now() - p0 };
}

const results = Array.from({ length: ROUNDS }, round).sort((a, b) => a.seconds - b.seconds);
const best = results[0]!;
const median = results[Math.floor(ROUNDS / 2)]!;
console.log(`engine: ${N} x docker run -d nginx: best ${best.seconds.toFixed(2)} s, median ${median.seconds.toFixed(2)} s (${((median.seconds * 1e6) / N).toFixed(1)} µs per container)`);
console.log(`engine: retained heap ${gc ? '' : '(no --expose-gc: approximate) '}${(median.bytesPerContainer / 1024).toFixed(2)} KB per container`);
console.log(`engine: docker ps -q over ${N + 200} containers: ${median.psMs.toFixed(0)} ms`);

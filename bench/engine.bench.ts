// 10,000 `docker run -d nginx` on one host: time, and retained heap per container (image layers
// are stored once however many containers share them). Run with `npm run bench`.
import { createHost } from '../engine/index';

const N = 10_000;
const gc = (globalThis as { gc?: () => void }).gc;
const host = createHost({ seed: 7, now: () => Date.UTC(2026, 10, 27, 10) });
host.execute('docker pull nginx'); // builds the bundled registry once, outside the measurement
for (let i = 0; i < 200; i++) host.execute('docker run -d nginx'); // warm the JIT
gc?.();
const heapBefore = process.memoryUsage().heapUsed;
const t0 = performance.now();
for (let i = 0; i < N; i++) host.execute('docker run -d nginx');
const elapsed = performance.now() - t0;
gc?.();
const heapAfter = process.memoryUsage().heapUsed;
const perContainer = (heapAfter - heapBefore) / N;
console.log(`engine: ${N} x docker run -d nginx: ${(elapsed / 1000).toFixed(2)} s total, ${((elapsed * 1000) / N).toFixed(1)} µs per container`);
console.log(`engine: retained heap ${gc ? '' : '(no --expose-gc: approximate) '}${(perContainer / 1024).toFixed(2)} KB per container`);
const ps = performance.now();
host.execute('docker ps -q');
console.log(`engine: docker ps -q over ${N + 200} containers: ${(performance.now() - ps).toFixed(0)} ms`);

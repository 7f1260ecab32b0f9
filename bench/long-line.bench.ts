// One 16 MB line through the host shell (a single word: `echo <16 MB>`), three rounds on one host:
// the tokenizer is one linear scan, so the line is answered rather than overflowing the stack.
import { createHost } from '../engine/index';

const host = createHost({ seed: 7, now: () => Date.UTC(2026, 10, 27, 10) });
const word = 'a'.repeat(16 * 2 ** 20);
const times: number[] = [];
for (let i = 0; i < 3; i++) {
  const t0 = performance.now();
  const r = host.execute(`echo ${word}`);
  times.push(performance.now() - t0);
  if (r.stdout.length !== word.length + 1) throw new Error('the 16 MB line was not echoed whole');
}
times.sort((a, b) => a - b);
console.log(`16 MB line (echo): best ${times[0]!.toFixed(0)} ms, median ${times[1]!.toFixed(0)} ms`);

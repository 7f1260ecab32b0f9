// `npm run grade:class -- <folder> [--seed=N] [--timeout=MS] [--pool=N]`: the instructor's
// re-grade of a class's submissions from this checkout's committed state (class/regrade.ts);
// writes reports/class/{roster.csv,class.json,index.html}.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { newSeed } from './grade';
import { writeClassReports } from './class/outputs';
import { regradeClass } from './class/regrade';

const USAGE = 'usage: npm run grade:class -- <folder of submissions> [--seed=N] [--timeout=MS] [--pool=N]';

async function main(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  let folder: string | undefined;
  let seed = newSeed();
  let timeoutMs = 3000;
  let pool: number | undefined;
  for (const a of process.argv.slice(2)) {
    if (a.startsWith('--seed=')) seed = Number(a.slice(7));
    else if (a.startsWith('--timeout=')) timeoutMs = Number(a.slice(10));
    else if (a.startsWith('--pool=')) pool = Number(a.slice(7));
    else if (a === '--help' || a === '-h') return console.log(USAGE);
    else if (a.startsWith('-')) throw new Error(`unknown option ${a}\n${USAGE}`);
    else folder = resolve(a);
  }
  if (!folder || !existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(USAGE);
  if (!(Number.isInteger(seed) && seed > 0) || !(timeoutMs > 0) || (pool !== undefined && !(pool >= 1))) throw new Error(USAGE);
  const started = performance.now();
  console.log(`Re-grading ${relative(process.cwd(), folder) || folder} with the kit as committed (seed ${seed})…`);
  const result = await regradeClass({ root, folder, seed, timeoutMs, ...(pool ? { pool } : {}), onProgress: (line) => console.log(line) });
  const dir = writeClassReports(root, result);
  const graded = result.learners.filter((l) => !l.broken).length;
  console.log(`${graded} graded, ${result.learners.length - graded} not graded, in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  console.log(`Reports: ${relative(process.cwd(), dir) || dir}/{roster.csv,class.json,index.html}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

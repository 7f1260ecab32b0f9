// How long `npm run grade:class` takes for a class: N submissions (30 by default), each a folder
// holding every reference solution (solutions/) as its starters, re-graded from the committed kit
// on the default pool. Target (issue 15): 30 submissions ≤ 60 s on a quiet 2-core machine.
// Prints the wall time, the CPU time (user + sys of this process's threads and of the child
// processes it waited for: git, tar, esbuild), which depends far less on what else the machine
// runs, and the load average before and after. Asserts nothing.
// Run: npx tsx bench/class.bench.ts [N] [--pool=N]
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { regradeClass } from '../grader/class/regrade';

const root = fileURLToPath(new URL('..', import.meta.url));
const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 30);
const poolArg = process.argv.find((a) => a.startsWith('--pool='));
const pool = poolArg ? Number(poolArg.slice('--pool='.length)) : availableParallelism();

/** CPU seconds of this process and of its reaped children, from /proc (Linux); this process only elsewhere. */
function cpuSeconds(): number {
  try {
    // Fields after the command name: utime stime cutime cstime are the 12th..15th, in clock ticks (100 Hz).
    const stat = readFileSync('/proc/self/stat', 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return fields.slice(11, 15).reduce((s, f) => s + Number(f), 0) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}

const folder = mkdtempSync(join(tmpdir(), 'class-bench-'));
try {
  for (let i = 1; i <= count; i++) {
    const dir = join(folder, `learner${String(i).padStart(2, '0')}`, 'exercises');
    mkdirSync(dir, { recursive: true });
    cpSync(join(root, 'solutions'), dir, { recursive: true });
  }
  const loadBefore = loadavg()[0]!;
  const cpuBefore = cpuSeconds();
  const started = performance.now();
  const result = await regradeClass({
    root,
    folder,
    seed: 1,
    pool,
    onProgress: (line) => console.log(`  ${line}`),
  });
  const wall = (performance.now() - started) / 1000;
  const cpu = cpuSeconds() - cpuBefore;
  const full = result.learners.filter((l) => !l.broken && l.total === result.maxScore).length;
  console.log(
    `${count} submissions, pool ${pool}: ${wall.toFixed(1)} s wall, ${cpu.toFixed(1)} s CPU (user+sys, children included), ` +
      `${(cpu / count).toFixed(2)} s CPU per submission; ${full}/${count} at ${result.maxScore}/${result.maxScore}; ` +
      `load average ${loadBefore.toFixed(1)} before, ${loadavg()[0]!.toFixed(1)} after (1 min), ${availableParallelism()} cores`,
  );
} finally {
  rmSync(folder, { recursive: true, force: true });
}

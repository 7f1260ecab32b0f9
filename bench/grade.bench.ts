// How fast the grader is, in wall time on this machine: `npm test` as a learner runs it in a
// fresh clone (first run, then a repeat with the kit unchanged, then one exercise), grading every
// exercise in-process (solved and fresh), and a save re-graded in watch mode. Targets: a repeat
// `npm test` ≤ 5 s to its last line, `npm test -- 05` ≤ 1.5 s, all exercises graded ≤ 5 s, a save
// in watch mode ≤ 1 s. Prints figures; asserts nothing. Run: npx tsx bench/grade.bench.ts
// (`-- npm` for the npm test figures only).
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gradeExercises } from '../grader/grade';
import { kitCopy, removeTempRoot, repoRoot } from './lib/kit-copy';

const RUNS = 3;

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function timeGrading(label: string, solutions: boolean, ids?: string[]): Promise<void> {
  const times: number[] = [];
  const cpu: number[] = [];
  let summary = '';
  for (let i = 0; i < RUNS; i++) {
    const { root } = kitCopy({ solutions });
    const started = performance.now();
    const cpuBefore = process.cpuUsage();
    const reports = await gradeExercises({ root, ...(ids ? { ids } : {}) });
    times.push(performance.now() - started);
    const used = process.cpuUsage(cpuBefore);
    cpu.push((used.user + used.system) / 1000);
    summary = `${reports.filter((r) => r.status === 'passed').length}/${reports.length} passed`;
    removeTempRoot(root);
  }
  // CPU time (all threads of this process) depends much less on what else the machine runs.
  console.log(
    `${label.padEnd(44)} median ${(median(times) / 1000).toFixed(2)} s wall, ${(median(cpu) / 1000).toFixed(2)} s CPU  (wall runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')}; ${summary})`,
  );
}

/** Starts `npm test -- --watch` on a copy, saves a file, and times until the new result is printed. */
async function timeWatch(id: string, starter: string): Promise<void> {
  const { root } = kitCopy({ solutions: false });
  const tsx = createRequire(import.meta.url).resolve('tsx/cli');
  const child = spawn(process.execPath, [tsx, join(repoRoot, 'grader', 'cli.ts'), '--watch', `--root=${root}`], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
  const until = async (test: () => boolean): Promise<void> => {
    while (!test()) await new Promise((r) => setTimeout(r, 5));
  };
  const startedAt = performance.now();
  await until(() => out.includes('Watching exercises/'));
  const initial = performance.now() - startedAt;
  const times: number[] = [];
  const file = join(root, 'exercises', id, starter);
  const solved = readFileSync(join(repoRoot, 'solutions', id, starter), 'utf8');
  for (let i = 0; i < RUNS; i++) {
    // A settled watcher between saves, as when a person edits: the spare worker and the compiler
    // get the two seconds a person takes between saves to get ready.
    await new Promise((r) => setTimeout(r, 2000));
    const before = out.length;
    const saved = performance.now();
    writeFileSync(file, `${solved}\n// save ${i}\n`);
    await until(() => /tests: \d+ passed, \d+ failed\n/.test(out.slice(before)));
    times.push(performance.now() - saved);
  }
  child.kill();
  removeTempRoot(root);
  console.log(`${'watch: start-up and first grading'.padEnd(44)} ${(initial / 1000).toFixed(2)} s (fresh copy: nothing to compile yet)`);
  console.log(
    `${`watch: save ${id} → new result printed`.padEnd(44)} median ${(median(times) / 1000).toFixed(2)} s  (runs: ${times.map((t) => (t / 1000).toFixed(2)).join(', ')})`,
  );
}

/** Runs `npm test [args]` in `cwd`; wall time to exit, and to each line that matches `marks`. */
async function timeNpmTest(cwd: string, args: string[]): Promise<{ wall: number; first: number; lines: string[] }> {
  const started = performance.now();
  const { CI: _ci, ...env } = process.env;
  const child = spawn('npm', ['test', ...(args.length ? ['--', ...args] : [])], { cwd, env, stdio: ['ignore', 'pipe', 'inherit'] });
  let out = '';
  let first = 0;
  child.stdout.on('data', (chunk: Buffer) => {
    out += chunk.toString();
    // The first line the grader itself prints (npm's own two lines come before it).
    if (!first && /Grading \d+ exercis/.test(out)) first = performance.now() - started;
  });
  await new Promise((resolve) => child.on('close', resolve));
  return { wall: performance.now() - started, first, lines: out.trimEnd().split('\n') };
}

/** A fresh clone of the committed kit (its node_modules linked), `npm test` in it three ways. */
async function timeFreshClone(): Promise<void> {
  const clone = mkdtempSync(join(tmpdir(), 'grade-bench-clone-'));
  execFileSync('git', ['clone', '--quiet', repoRoot, clone]);
  symlinkSync(join(repoRoot, 'node_modules'), join(clone, 'node_modules'), 'dir');
  // node_modules is shared with this checkout, and so would be its cache: the first run is told not to read it.
  const show = (label: string, r: { wall: number; first: number; lines: string[] }) =>
    console.log(
      `${label.padEnd(44)} ${(r.wall / 1000).toFixed(2)} s wall, first line after ${(r.first / 1000).toFixed(2)} s  (${r.lines.filter((l) => l.startsWith('Kit tests')).at(-1) ?? ''} | ${r.lines.at(-1)})`,
    );
  show('npm test, fresh clone (kit tests run)', await timeNpmTest(clone, ['--no-cache']));
  for (let i = 0; i < RUNS; i++) show('npm test again, kit unchanged', await timeNpmTest(clone, []));
  for (let i = 0; i < RUNS; i++) show('npm test -- 05, not started', await timeNpmTest(clone, ['05']));
  copyFileSync(join(clone, 'solutions', '05-cheat-sheet', 'cheat-sheet.ts'), join(clone, 'exercises', '05-cheat-sheet', 'cheat-sheet.ts'));
  for (let i = 0; i < RUNS; i++)
    show(`npm test -- 05, solved (run ${i + 1}: type check ${i === 0 ? 'cold' : 'remembered'})`, await timeNpmTest(clone, ['05']));
  removeTempRoot(clone);
}

console.log(
  `grader benchmark: ${cpus().length} cores, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')} (figures are wall time unless marked CPU)`,
);
await timeFreshClone();
if (process.argv.includes('npm')) process.exit(0);
await timeGrading('all exercises, solved (type check + checks)', true);
await timeGrading('all exercises, fresh clone (not started)', false);
await timeGrading('one exercise (04, solved)', true, ['04']);
await timeGrading('one command exercise (03, solved)', true, ['03']);
await timeWatch('04-class-and-object', 'image.ts');
await timeWatch('03-one-image-many-containers', 'commands.sh');

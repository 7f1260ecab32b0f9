// `npm test`: grades the exercises and prints the score table first, then the kit's own tests
// (skipped while the kit is unchanged since their last green run on this machine: kit-cache.ts),
// then the summary line CI reads. `npm test -- 05` grades one exercise and updates only its entry
// in reports/grade.json; `npm test -- --watch` re-grades an exercise whenever one of its files is
// saved. The exit code says whether the kit is sound: exercises not started, in progress or
// failing are shown in the table, never as a failed command.
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';
import { gradeRun, DEFAULT_TIMEOUT_MS } from './grade';
import { kitKey, readCachedRun, saveGreenRun } from './kit-cache';
import { formatCachedKit, formatKitRun } from './kit-summary';
import { loadMetadata, selectExercises } from './metadata';
import { Progress } from './progress';
import type { ExerciseReport, GradeReport, KitInfo, KitTestsSummary } from './report';
import { formatDetails, formatKitLine, formatNext, formatTable, summaryLine } from './table';
import { mergeReport, readReport, writeReport } from './write-report';

interface Args {
  ids: string[];
  watch: boolean;
  noCache: boolean;
  timeoutMs: number;
  /** The kit to grade; the kit's own tests point it at temporary copies. */
  root: string;
  manifestPath?: string;
  seed?: number;
}

const USAGE =
  'usage: npm test [-- [NN ...] [--watch] [--no-cache] [--timeout=MS] [--seed=N]]   (--root=DIR --manifest=FILE grade another copy of the kit)';

function parseArgs(argv: string[]): Args {
  const args: Args = {
    ids: [],
    watch: false,
    noCache: false,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    root: fileURLToPath(new URL('..', import.meta.url)),
  };
  for (const a of argv) {
    if (a === '--watch' || a === '-w') args.watch = true;
    else if (a === '--no-cache') args.noCache = true;
    else if (a.startsWith('--timeout=')) args.timeoutMs = Number(a.slice('--timeout='.length));
    else if (a.startsWith('--root=')) args.root = a.slice('--root='.length);
    else if (a.startsWith('--manifest=')) args.manifestPath = a.slice('--manifest='.length);
    else if (a.startsWith('--seed=')) {
      args.seed = Number(a.slice('--seed='.length));
      if (!Number.isInteger(args.seed) || args.seed < 1 || args.seed >= 2 ** 31)
        throw new Error('--seed needs a whole number from 1 to 2147483647 (the one a report printed)');
    } else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a} (try --help)`);
    else args.ids.push(a);
  }
  if (!(args.timeoutMs > 0)) throw new Error('--timeout needs a positive number of milliseconds');
  return args;
}

export function reportLines(graded: ExerciseReport[], report: GradeReport, gradedWith?: { kit: KitInfo; seed: number }): string[] {
  const lines = [
    '',
    ...(gradedWith ? [formatKitLine(gradedWith.kit, gradedWith.seed)] : []),
    ...formatTable(graded),
    ...formatDetails(graded),
    '',
  ];
  const others = report.exercises.length - graded.length;
  lines.push(`Score: ${report.score}/${report.maxScore}${others > 0 ? ` (with ${others} other exercises as last graded)` : ''}`);
  const next = formatNext(graded);
  if (next) lines.push(next);
  return lines;
}

/** The cache key, or nothing when the kit's files cannot be read (then the tests just run). */
function keyOrNothing(root: string): string | undefined {
  try {
    return kitKey(root);
  } catch {
    return undefined;
  }
}

/** The kit's own tests, from the cache when allowed; prints their line or paragraph. */
async function kitTests(root: string, args: Args, progress: Progress): Promise<KitTestsSummary> {
  const key = keyOrNothing(root);
  const ci = process.env.CI === 'true' || process.env.CI === '1';
  const cached = args.noCache || ci || key === undefined ? undefined : readCachedRun(root, key);
  if (cached) {
    progress.print(formatCachedKit(cached));
    return { passed: cached.passed, failed: 0, skipped: cached.skipped };
  }
  // Loaded only when the tests run: a cached or one-exercise run starts quicker without them.
  const { countKitTestFiles, runKitTests } = await import('./kit-tests');
  const files = countKitTestFiles(root);
  progress.step(`Kit tests: running ${files} files (two to three minutes on 2 cores; skipped next time while the kit is unchanged)…`);
  const run = await runKitTests(root, (done) => progress.update(`Kit tests: ${done}/${files} files done…`));
  progress.done();
  progress.print(...formatKitRun(run, root));
  if (run.failed === 0 && key !== undefined) saveGreenRun(root, key, run);
  return { passed: run.passed, failed: run.failed, skipped: run.skipped };
}

/** The report's record of the kit: what integrity.ts found, without the per-exercise detail. */
function kitInfo(check: KitInfo): KitInfo {
  const info: KitInfo = { integrity: check.integrity, contentHash: check.contentHash, modified: check.modified };
  if (check.commit) info.commit = check.commit;
  if (check.note) info.note = check.note;
  return info;
}

async function main(): Promise<void> {
  const progress = new Progress();
  const args = parseArgs(process.argv.slice(2));
  const { root } = args;
  const options = {
    root,
    ids: args.ids,
    timeoutMs: args.timeoutMs,
    ...(args.manifestPath ? { manifestPath: args.manifestPath } : {}),
    ...(args.seed !== undefined ? { seed: args.seed } : {}),
  };
  if (args.watch) return (await import('./watch')).watch(options);
  const kit = loadMetadata(root);
  const count = selectExercises(kit, args.ids).length;
  progress.step(`Grading ${count === 1 ? '1 exercise' : `${count} exercises`}…`);
  const run = await gradeRun(options);
  const graded = run.exercises;
  progress.done();
  const gradedWith = { kit: kitInfo(run.kit), seed: run.seed };
  let report = mergeReport(readReport(root), graded, kit, undefined, gradedWith);
  const path = writeReport(root, report);
  progress.print(...reportLines(graded, report, gradedWith), `Report: ${relative(process.cwd(), path) || path}`);

  let kitRun: KitTestsSummary | null = null;
  if (args.ids.length > 0) {
    progress.print(`Kit tests skipped: grading ${args.ids.join(', ')} only (\`npm test\` grades everything and checks the kit).`);
  } else {
    kitRun = await kitTests(root, args, progress);
    report = mergeReport(report, [], kit, kitRun);
    writeReport(root, report);
  }
  progress.print(summaryLine(graded, kitRun));
  process.exitCode = (kitRun?.failed ?? 0) > 0 ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('tests: 0 passed, 1 failed');
  process.exitCode = 1;
});

// `npm test`: runs the kit's own tests and grades every exercise, prints a score table and
// writes reports/grade.json. `npm test -- 05` grades one exercise (kit tests skipped);
// `npm test -- --watch` re-grades an exercise whenever one of its files is saved.
import { fileURLToPath } from 'node:url';
import { gradeExercises, DEFAULT_TIMEOUT_MS } from './grade';
import { runKitTests, type KitTestsRun } from './kit-tests';
import { isFailing, type GradeReport } from './report';
import { formatDetails, formatNext, formatTable, summaryLine } from './table';
import { buildReport, writeReport } from './write-report';
import { watch } from './watch';

interface Args {
  ids: string[];
  watch: boolean;
  timeoutMs: number;
  /** The kit to grade; the kit's own tests point it at temporary copies. */
  root: string;
  manifestPath?: string;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { ids: [], watch: false, timeoutMs: DEFAULT_TIMEOUT_MS, root: fileURLToPath(new URL('..', import.meta.url)) };
  for (const a of argv) {
    if (a === '--watch' || a === '-w') args.watch = true;
    else if (a.startsWith('--timeout=')) args.timeoutMs = Number(a.slice('--timeout='.length));
    else if (a.startsWith('--root=')) args.root = a.slice('--root='.length);
    else if (a.startsWith('--manifest=')) args.manifestPath = a.slice('--manifest='.length);
    else if (a === '--help' || a === '-h') {
      console.log('usage: npm test [-- [NN ...] [--watch] [--timeout=MS]]   (--root=DIR --manifest=FILE grade another copy of the kit)');
      process.exit(0);
    } else if (a.startsWith('-')) throw new Error(`unknown option ${a} (try --help)`);
    else args.ids.push(a);
  }
  if (!(args.timeoutMs > 0)) throw new Error('--timeout needs a positive number of milliseconds');
  return args;
}

function printKit(kit: KitTestsRun | null, ids: string[]): void {
  if (!kit) {
    console.log(`Kit tests skipped: grading ${ids.join(', ')} only (run \`npm test\` for everything).`);
    return;
  }
  if (kit.failed > 0) console.log(kit.output.trimEnd());
  console.log(`Kit tests: ${kit.passed} passed, ${kit.failed} failed, ${kit.skipped} skipped (${(kit.ms / 1000).toFixed(1)} s)`);
}

export function printReport(report: GradeReport): void {
  console.log('');
  for (const line of formatTable(report.exercises)) console.log(line);
  for (const line of formatDetails(report.exercises)) console.log(line);
  console.log('');
  console.log(`Score: ${report.score}/${report.maxScore}`);
  const next = formatNext(report.exercises);
  if (next) console.log(next);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  const { root } = args;
  const options = { root, ids: args.ids, timeoutMs: args.timeoutMs, ...(args.manifestPath ? { manifestPath: args.manifestPath } : {}) };
  if (args.watch) return watch(options);
  // Grading first: its type-check worker (loading the compiler) is the longest single step.
  const gradePromise = gradeExercises(options);
  const kitPromise = args.ids.length > 0 ? Promise.resolve(null) : runKitTests(root);
  const [exercises, kit] = await Promise.all([gradePromise, kitPromise]);
  printKit(kit, args.ids);
  const report = buildReport(exercises, kit, args.ids.length > 0);
  printReport(report);
  console.log(`Report: ${writeReport(root, report)}`);
  console.log(summaryLine(report));
  const failing = (kit?.failed ?? 0) > 0 || exercises.some(isFailing);
  process.exitCode = failing ? 1 : 0;
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.log('tests: 0 passed, 1 failed');
  process.exitCode = 1;
});

// Watch mode: grade once, then re-grade the exercise whose folder changed. A spare worker is
// kept started and the compiler stays loaded, so a save is re-graded well within a second.
import { watch as watchFiles } from 'node:fs';
import { join, sep } from 'node:path';
import type { Worker } from 'node:worker_threads';
import { ambientFiles, gradeExercises, importRulesFor, preloadFiles, type GradeOptions } from './grade';
import { loadMetadata, selectExercises } from './metadata';
import { startWorker } from './test-pool';
import { TypecheckService } from './typecheck-service';
import { mergeReport, readReport, writeReport } from './write-report';
import { formatDetails, formatTable, summaryLine } from './table';

export async function watch(options: GradeOptions): Promise<void> {
  const { root } = options;
  const ids = options.ids ?? [];
  const typecheck = new TypecheckService();
  // The spare also warms the simulated host up, so a save in a command exercise is quick too.
  const preload = preloadFiles(root);
  // Workers are reused across exercises: each knows every exercise's import rules.
  const rules = importRulesFor(root, loadMetadata(root));
  let spare: Promise<Worker> | undefined = startWorker(preload, rules);
  const takeWorker = (): Promise<Worker> => {
    const taken = spare ?? startWorker(preload, rules);
    spare = undefined;
    return taken;
  };
  const kit = loadMetadata(root);

  const grade = async (which: string[]): Promise<void> => {
    const started = performance.now();
    const results = await gradeExercises({ ...options, ids: which, typecheck, takeWorker });
    // Each save updates only its exercise's entry; the kit's tests' last result is kept.
    const report = mergeReport(readReport(root), results, kit, undefined);
    writeReport(root, report);
    console.log('');
    for (const line of formatTable(results)) console.log(line);
    for (const line of formatDetails(results)) console.log(line);
    console.log(
      `\nScore so far: ${report.score}/${report.maxScore} (graded in ${Math.round(performance.now() - started)} ms; kit tests are not run in watch mode)`,
    );
    console.log(summaryLine(results, null));
    // The next spare starts only now, so it does not compete with the grading for the CPU.
    spare ??= startWorker(preload, rules);
  };

  await grade(ids);
  // Parse the TypeScript library now, so that the first save is checked incrementally too.
  const tsFiles = selectExercises(kit, ids)
    .filter((e) => e.kind !== 'command')
    .map((e) => join(root, 'exercises', e.id, e.starter));
  void typecheck.check(tsFiles, ambientFiles(root)).catch(() => undefined);
  console.log('\nWatching exercises/ for changes (Ctrl+C to stop)…');
  const dir = join(root, 'exercises');
  let timer: NodeJS.Timeout | undefined;
  const changed = new Set<string>();
  let running = Promise.resolve();
  watchFiles(dir, { recursive: true }, (_event, file) => {
    const id = file?.split(sep)[0];
    if (!id || !/^\d\d-/.test(id)) return;
    if (ids.length > 0 && !ids.some((w) => id.startsWith(w))) return;
    changed.add(id);
    clearTimeout(timer);
    // Editors write a file in several steps; wait for the last one.
    timer = setTimeout(() => {
      const batch = [...changed];
      changed.clear();
      running = running.then(() => grade(batch)).catch((error: unknown) => console.error(error));
    }, 60);
  });
}

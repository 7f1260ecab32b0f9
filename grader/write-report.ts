// Builds the grade report and writes reports/grade.json (reports/ is git-ignored). Grading some
// exercises (`npm test -- 05`, watch mode) replaces their entries and keeps the others', each
// with the time it was graded, so the report always holds the latest result of every exercise.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseMeta } from './metadata';
import type { ExerciseReport, GradeReport, KitInfo, KitTestsSummary } from './report';

export function reportPath(root: string): string {
  return join(root, 'reports', 'grade.json');
}

/** The report on disk, or undefined when there is none or it cannot be read (then it is rewritten). */
export function readReport(root: string): GradeReport | undefined {
  const path = reportPath(root);
  if (!existsSync(path)) return undefined;
  try {
    const report = JSON.parse(readFileSync(path, 'utf8')) as GradeReport;
    return report.version === 1 && Array.isArray(report.exercises) ? report : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The new report: `graded` replaces the previous entries of the same exercises; the previous
 * entries of the kit's other exercises (`kit`, from exercises.json, in its order) are kept, and
 * entries of exercises the kit no longer has are dropped. The score is out of the whole kit's
 * points. `kitTests` undefined keeps the previous result of the kit's tests.
 */
export function mergeReport(
  previous: GradeReport | undefined,
  graded: ExerciseReport[],
  kit: Pick<ExerciseMeta, 'id' | 'points'>[],
  kitTests: KitTestsSummary | null | undefined,
  gradedWith?: { kit: KitInfo; seed: number },
): GradeReport {
  const kitInfo = gradedWith?.kit ?? previous?.kit;
  const seed = gradedWith?.seed ?? previous?.seed;
  const byId = new Map<string, ExerciseReport>();
  for (const e of previous?.exercises ?? []) byId.set(e.id, e);
  for (const e of graded) byId.set(e.id, e);
  const exercises = kit.flatMap((m) => byId.get(m.id) ?? []);
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    ...(kitInfo ? { kit: kitInfo } : {}),
    ...(seed !== undefined ? { seed } : {}),
    partial: exercises.length < kit.length,
    score: exercises.reduce((sum, e) => sum + e.points, 0),
    maxScore: kit.reduce((sum, m) => sum + m.points, 0),
    kitTests: summaryOf(kitTests === undefined ? previous?.kitTests : kitTests),
    exercises,
  };
}

/** Only the counts: a run's output or timing never goes into the report. */
function summaryOf(kit: KitTestsSummary | null | undefined): KitTestsSummary | null {
  return kit ? { passed: kit.passed, failed: kit.failed, skipped: kit.skipped } : null;
}

export function writeReport(root: string, report: GradeReport): string {
  mkdirSync(join(root, 'reports'), { recursive: true });
  const path = reportPath(root);
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

// The grade report's shape (exercises/README.md describes it), written to reports/grade.json.
import type { TestOutcome } from './protocol';
import type { ExerciseKind } from './metadata';

export type ExerciseStatus = 'not_started' | 'in_progress' | 'passed' | 'error' | 'timeout';

export interface ExerciseReport {
  id: string;
  title: string;
  kind: ExerciseKind;
  status: ExerciseStatus;
  points: number;
  maxPoints: number;
  testsModified: boolean;
  /** Kit files (grader, support, checks, exercises.json, package files, engine) this grade depends on that differ from the shipped kit: no points. */
  kitModified?: string[];
  /** sha256 (CRLF-normalized) of each learner file graded, by path from the kit's root. */
  files?: Record<string, string>;
  /** Why the status is what it is, when that is not obvious from the tests (errors, timeouts, tampering). */
  message?: string;
  tests: TestOutcome[];
  /** When this exercise was last graded (ISO 8601): `npm test -- NN` updates only NN's entry. */
  gradedAt: string;
}

export interface KitTestsSummary {
  passed: number;
  failed: number;
  skipped: number;
}

/** What the grade was computed with (integrity.ts): the kit's version and whether it is the shipped one. */
export interface KitInfo {
  integrity: 'verified' | 'modified' | 'unverifiable';
  /** The commit verified against (HEAD), when there is git. */
  commit?: string;
  /** sha256 over the kit's files as they were graded: two reports with the same hash were graded by the same kit. */
  contentHash: string;
  /** Kit files that differ from the commit. */
  modified: string[];
  note?: string;
}

export interface GradeReport {
  version: 1;
  generatedAt: string;
  /** The kit that graded the latest run (absent in reports written before it was recorded). */
  kit?: KitInfo;
  /** The latest run's seed for generated inputs: `npm test -- --seed=N` replays it. */
  seed?: number;
  /** True while some exercise of the kit has never been graded (only `npm test -- NN` runs so far). */
  partial: boolean;
  score: number;
  maxScore: number;
  /** The last result of the kit's own tests (kept from the previous report when they were not run); null before any. */
  kitTests: KitTestsSummary | null;
  exercises: ExerciseReport[];
}

/** Whether an exercise counts as failing in the summary line: attempted but not cleanly passed (never the exit code). */
export function isFailing(e: ExerciseReport): boolean {
  if (e.testsModified || (e.kitModified?.length ?? 0) > 0) return true;
  return e.status === 'in_progress' || e.status === 'error' || e.status === 'timeout';
}

/**
 * Exercise checks for the summary line. Exercises not started count nothing (a fresh clone
 * reports 0 failed); a failing exercise counts at least one failure even when no check could
 * run (a syntax error, a timeout at import, deleted tests).
 */
export function countChecks(exercises: ExerciseReport[]): { passed: number; failed: number } {
  let passed = 0;
  let failed = 0;
  for (const e of exercises) {
    if (e.status === 'not_started' && !e.testsModified) continue;
    const p = e.tests.filter((t) => t.status === 'passed').length;
    const f = e.tests.filter((t) => t.status === 'failed').length;
    passed += p;
    failed += isFailing(e) ? Math.max(1, f) : f;
  }
  return { passed, failed };
}

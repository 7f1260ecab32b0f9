// Builds the grade report and writes reports/grade.json (reports/ is git-ignored).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseReport, GradeReport, KitTestsSummary } from './report';

export function buildReport(exercises: ExerciseReport[], kitTests: KitTestsSummary | null, partial: boolean): GradeReport {
  return {
    version: 1,
    generatedAt: new Date().toISOString(),
    partial,
    score: exercises.reduce((sum, e) => sum + e.points, 0),
    maxScore: exercises.reduce((sum, e) => sum + e.maxPoints, 0),
    kitTests,
    exercises,
  };
}

export function writeReport(root: string, report: GradeReport): string {
  const dir = join(root, 'reports');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'grade.json');
  writeFileSync(path, `${JSON.stringify(report, null, 2)}\n`);
  return path;
}

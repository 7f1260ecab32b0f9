// reports/grade.json always holds the latest result of every exercise: grading some replaces
// only their entries, each entry says when it was graded, and the score is out of the whole kit.
import { expect, test } from 'vitest';
import { mergeReport } from '../../grader/write-report';
import type { ExerciseReport, GradeReport } from '../../grader/report';

const kit = [
  { id: '01-a', points: 5 },
  { id: '02-b', points: 10 },
  { id: '03-c', points: 15 },
];
const entry = (id: string, points: number, gradedAt: string): ExerciseReport => ({
  id,
  title: id,
  kind: 'code',
  status: points > 0 ? 'passed' : 'in_progress',
  points,
  maxPoints: points || 5,
  testsModified: false,
  tests: [],
  gradedAt,
});

test('a first partial grading holds only what was graded, out of the whole kit', () => {
  const report = mergeReport(undefined, [entry('02-b', 10, 'T1')], kit, undefined);
  expect(report).toMatchObject({ version: 1, partial: true, score: 10, maxScore: 30, kitTests: null });
  expect(report.exercises.map((e) => [e.id, e.gradedAt])).toEqual([['02-b', 'T1']]);
});

test("grading one exercise replaces its entry and keeps the others with their times and the kit tests' result", () => {
  const previous: GradeReport = {
    ...mergeReport(undefined, [entry('01-a', 5, 'T1'), entry('02-b', 0, 'T1'), entry('03-c', 15, 'T1')], kit, {
      passed: 411,
      failed: 0,
      skipped: 1,
    }),
  };
  const report = mergeReport(previous, [entry('02-b', 10, 'T2')], kit, undefined);
  expect(report.exercises.map((e) => [e.id, e.points, e.gradedAt])).toEqual([
    ['01-a', 5, 'T1'],
    ['02-b', 10, 'T2'],
    ['03-c', 15, 'T1'],
  ]);
  expect(report).toMatchObject({ partial: false, score: 30, maxScore: 30, kitTests: { passed: 411, failed: 0, skipped: 1 } });
});

test("entries of exercises the kit no longer has are dropped, and only the kit tests' counts are kept", () => {
  const previous = {
    ...mergeReport(undefined, [entry('09-gone', 5, 'T0')], [...kit, { id: '09-gone', points: 5 }], undefined),
    kitTests: { passed: 3, failed: 0, skipped: 0, output: 'a whole log that older versions kept' },
  } as GradeReport;
  const report = mergeReport(previous, [entry('01-a', 5, 'T1')], kit, undefined);
  expect(report.exercises.map((e) => e.id)).toEqual(['01-a']);
  expect(report.kitTests).toEqual({ passed: 3, failed: 0, skipped: 0 });
});

// Decides an exercise's status and points from what the grader found. Points are all or
// nothing: the exercise's maxPoints when every check passes on pristine tests, else 0.
import type { RunResult } from './test-pool';
import type { ExerciseReport, ExerciseStatus } from './report';

export interface Findings {
  starter: 'missing' | 'untouched' | 'changed';
  starterFile: string;
  typeErrors: string[];
  /** undefined when no test file could be run (all deleted). */
  run: RunResult | undefined;
  /** The learner's file imports what the exercise does not allow (import-policy.ts). */
  importViolation?: string;
}

export function decide(f: Findings): Pick<ExerciseReport, 'status' | 'message'> {
  const outcome = (status: ExerciseStatus, message?: string) => (message ? { status, message } : { status });
  if (f.starter === 'missing') {
    return outcome('error', `${f.starterFile} is missing: restore it with \`git checkout -- ${f.starterFile}\``);
  }
  if (f.starter === 'untouched') return outcome('not_started');
  if (f.importViolation) return outcome('error', f.importViolation);
  const run = f.run;
  if (run?.outcome === 'timeout') {
    return outcome('timeout', 'the checks did not finish in time: look for an endless loop or a promise that never settles');
  }
  if (run?.outcome === 'crashed') return outcome('error', `the checks crashed: ${run.crash ?? 'unknown reason'}`);
  if (f.typeErrors.length > 0) {
    return outcome('error', `${f.starterFile} does not compile: ${f.typeErrors.slice(0, 3).join('; ')}`);
  }
  if (run?.loadError !== undefined) return outcome('error', `loading the checks failed: ${run.loadError}`);
  if (run?.tampered) {
    return outcome(
      'error',
      `your code changed built-ins the checks rely on (${run.tampered.slice(0, 3).join(', ')}): leave them as they are`,
    );
  }
  if (!run || run.tests.length === 0) return outcome('in_progress', 'no checks ran');
  return outcome(run.tests.every((t) => t.status === 'passed') ? 'passed' : 'in_progress');
}

export const TESTS_MODIFIED_NOTE = 'the test files were edited, added or deleted, so no points: restore them with `git checkout`';

/** Why an exercise earns nothing when the kit's files it depends on differ from the shipped kit. */
export function kitModifiedNote(files: string[]): string {
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ` and ${files.length - 3} more` : '');
  return `the kit's own files this grade depends on differ from the shipped kit (${shown}), so no points: restore them with \`git checkout -- ${files.length === 1 ? files[0] : '<file>'}\``;
}

/** The report's message: why the status is what it is, led by the tampering notes when there are some. */
export function messageFor(status: { message?: string }, testsModified: boolean, kitModified: string[] = []): string | undefined {
  const notes = [
    ...(kitModified.length > 0 ? [kitModifiedNote(kitModified)] : []),
    ...(testsModified ? [TESTS_MODIFIED_NOTE] : []),
    ...(status.message ? [status.message] : []),
  ];
  return notes.length > 0 ? notes.join('; ') : undefined;
}

export function pointsFor(status: ExerciseStatus, testsModified: boolean, maxPoints: number): number {
  return status === 'passed' && !testsModified ? maxPoints : 0;
}

// Messages between the grader and its worker threads.

export interface TestJob {
  kind: 'tests';
  /** Absolute paths of the test files to import, in order. */
  testFiles: string[];
  /** false: only import and list the test names (an exercise that is not started). */
  run: boolean;
  /** The grading run's seed for checks that draw inputs (harness.ts seededRandom). */
  seed?: number;
}

export interface TestOutcome {
  name: string;
  status: 'passed' | 'failed' | 'skipped';
  message?: string;
}

export type WorkerMessage =
  | { type: 'ready' }
  | { type: 'loadError'; message: string }
  | { type: 'registered'; names: string[] }
  | { type: 'test'; outcome: TestOutcome }
  | { type: 'tampered'; names: string[] }
  | { type: 'done' };

/**
 * What a check worker actually posts: every message carries the per-worker token the grader gave
 * it in workerData (read and wiped before any learner code loads). A message without it did not
 * come from the worker's own code (test-pool.ts ends the run as an error).
 */
export type SignedMessage = WorkerMessage & { token: string };

// The small test API that exercise checks use. The grader runs each exercise in a worker thread
// it can terminate (vitest cannot stop a synchronous infinite loop), so checks register here
// instead of with vitest. The registry is this module's own variable, never a global: learner
// code may not import grader/ (import-policy.ts), so it cannot reach the checks. The built-ins the
// harness compares with are captured when it loads, before any learner code (test-worker.ts
// imports it first, and verifies the built-ins after every check: intrinsics.ts).

export type TestFn = () => void | Promise<void>;

export interface RegisteredTest {
  name: string;
  fn: TestFn;
}

const registry: RegisteredTest[] = [];
const stringify = JSON.stringify;

export function registeredTests(): RegisteredTest[] {
  return registry;
}

let seed = 1;

/** The grading run's seed (test-worker.ts sets it from the job; `npm test -- --seed=N` replays one). */
export function setRunSeed(value: number): void {
  seed = value >>> 0;
}

export function runSeed(): number {
  return seed;
}

/**
 * A deterministic generator of numbers in [0, 1) for one check: the run's seed mixed with the
 * check's own label, so each check draws its own inputs and a seed replays all of them
 * (mulberry32: small, fast, and good enough to pick test inputs).
 */
export function seededRandom(label: string): () => number {
  let state = seed;
  for (let i = 0; i < label.length; i++) state = Math.imul(state ^ label.charCodeAt(i), 0x5bd1e995) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Registers one check. The name says what is checked; the grader reports it verbatim. */
export function test(name: string, fn: TestFn): void {
  registeredTests().push({ name, fn });
}

/** A failed check: its message says what the state shows and hints why. */
export class CheckFailure extends Error {
  override name = 'CheckFailure';
}

export function check(condition: unknown, message: string): asserts condition {
  if (!condition) throw new CheckFailure(message);
}

/** Deep equality on JSON-like values; the message names what was compared. */
export function checkEqual<T>(actual: T, expected: T, what: string): void {
  const a = stringify(actual);
  const e = stringify(expected);
  if (a !== e) throw new CheckFailure(`${what}: expected ${e}, got ${a}`);
}

/** Runs fn and returns the error it threw, or fails the check if it did not throw. */
export function thrown(fn: () => unknown, what: string): Error {
  try {
    fn();
  } catch (error) {
    if (error instanceof Error) return error;
    return new Error(String(error));
  }
  throw new CheckFailure(`${what}: expected an error to be thrown, but none was`);
}

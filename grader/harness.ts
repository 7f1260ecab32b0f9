// The small test API that exercise checks use. The grader runs each exercise in a worker thread
// it can terminate (vitest cannot stop a synchronous infinite loop), so checks register here
// instead of with vitest. The registry lives on globalThis so that the worker and the test files
// share it even if the module were loaded twice.

export type TestFn = () => void | Promise<void>;

export interface RegisteredTest {
  name: string;
  fn: TestFn;
}

const REGISTRY = Symbol.for('image-is-not-a-container.grader.tests');

type WithRegistry = typeof globalThis & { [REGISTRY]?: RegisteredTest[] };

export function registeredTests(): RegisteredTest[] {
  const scope = globalThis as WithRegistry;
  scope[REGISTRY] ??= [];
  return scope[REGISTRY];
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
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
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

// Placeholders in the starters. `todo()` throws a clear error where code is missing;
// `UNANSWERED` stands for a quiz answer not given yet (it is typed `never`, so it fits any
// answer type and the starter compiles).

export class TodoError extends Error {
  override name = 'TodoError';
}

export function todo(what: string): never {
  throw new TodoError(`TODO: ${what}`);
}

const unanswered = Symbol.for('image-is-not-a-container.unanswered');

export const UNANSWERED = unanswered as never;

export function isUnanswered(value: unknown): boolean {
  return value === unanswered;
}

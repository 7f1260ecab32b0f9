// Checks one quiz answer: says whether it is still unanswered, not one of the answers its type
// allows (a typo: the same line the type check reports, said once and plainly), or wrong and why.
import { CheckFailure } from '../../grader/harness';
import { isUnanswered } from './todo';

const quoted = (values: readonly unknown[]): string => {
  const parts = values.map((v) => JSON.stringify(v));
  return parts.length <= 2 ? parts.join(' or ') : `${parts.slice(0, -1).join(', ')} or ${parts[parts.length - 1]}`;
};

/** `allowed` lists every value the answer's type allows, so a typo is never called a wrong answer. */
export function checkAnswer<T>(name: string, given: T, expected: T, why: string, allowed: readonly T[]): void {
  if (isUnanswered(given)) throw new CheckFailure(`${name} is not answered yet: replace UNANSWERED with your answer`);
  if (!allowed.some((a) => JSON.stringify(a) === JSON.stringify(given))) {
    throw new CheckFailure(
      `${name}: ${JSON.stringify(given)} is not one of the answers its type allows, so it is not graded as an answer ` +
        `(the file does not compile). Copy one of: ${quoted(allowed)}`,
    );
  }
  if (JSON.stringify(given) !== JSON.stringify(expected)) {
    throw new CheckFailure(`${name}: ${JSON.stringify(given)} is not right. ${why}`);
  }
}

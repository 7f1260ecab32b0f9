// Checks one quiz answer: says whether it is still unanswered, or wrong and why.
import { CheckFailure } from '../../grader/harness';
import { isUnanswered } from './todo';

export function checkAnswer<T>(name: string, given: T, expected: T, why: string): void {
  if (isUnanswered(given)) throw new CheckFailure(`${name} is not answered yet: replace UNANSWERED with your answer`);
  if (JSON.stringify(given) !== JSON.stringify(expected)) {
    throw new CheckFailure(`${name}: ${JSON.stringify(given)} is not right. ${why}`);
  }
}

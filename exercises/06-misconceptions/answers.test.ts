import { test, CheckFailure } from '../../grader/harness';
import { checkAnswer } from '../support/quiz';
import { isUnanswered } from '../support/todo';
import * as a from './answers';

test('1. says what docker stop leaves behind', () =>
  checkAnswer('1 (after stop)', a.afterStop, 'still exists, Exited, with its writable layer, until docker rm',
    'Run `docker stop` then `docker ps -a`: the container is still listed. Which command makes it disappear?'));

test('2. says what the tag latest really is', () =>
  checkAnswer('2 (latest)', a.latest, 'is only the default tag name: it points wherever it was last pushed or tagged',
    'A tag is a movable name: `docker tag` can point latest at an old image, and nothing moves it for you.'));

test('3. says what an edit inside a container does to its image', () =>
  checkAnswer('3 (edit in a container)', a.imageAfterEdit, 'stays the same: the edit lives in the container\'s writable layer',
    'Start a second container from the same image: does it see the first one\'s edit? (`docker diff` shows where the edit lives.)'));

test('4. says what deleting a file in a later layer does to the size', () =>
  checkAnswer('4 (delete in a later layer)', a.deleteInLaterLayer,
    'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it',
    'Layers are read-only and stacked: a later layer can only hide a file of a lower one, never remove its bytes.'));

test('5. says whether an image is a stopped container', () =>
  checkAnswer('5 (image = stopped container?)', a.stoppedContainer,
    'false: an image has no state, no processes and no writable layer; a stopped container still has its own',
    'A stopped container still shows in `docker ps -a` with its own ID, name and changes.'));

test('6. lists exactly the states docker ps shows without -a', () => {
  const given = a.psWithoutA;
  if (isUnanswered(given)) throw new CheckFailure('6 (docker ps states) is not answered yet: replace UNANSWERED with a list of states');
  const expected = ['paused', 'restarting', 'running'];
  const sorted = [...new Set(given)].sort();
  const missing = expected.filter((s) => !sorted.includes(s as (typeof sorted)[number]));
  const extra = sorted.filter((s) => !expected.includes(s));
  if (missing.length > 0 || extra.length > 0) {
    throw new CheckFailure(
      `6 (docker ps states): ${extra.length ? `${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} only shown with -a` : ''}` +
        `${extra.length && missing.length ? '; ' : ''}` +
        `${missing.length ? `${missing.length} state(s) missing: docker ps shows every container whose process is alive, even if frozen or restarting` : ''}`,
    );
  }
});

import { test, CheckFailure } from '../../grader/harness';
import { checkAnswer } from '../support/quiz';
import { isUnanswered } from '../support/todo';
import * as a from './answers';

// Every answer each question's type allows: anything else is a typo, not a wrong answer.
const AFTER_STOP = [
  'is deleted, with its writable layer',
  'still exists, Exited, with its writable layer, until docker rm',
  'is turned back into an image',
] as const;
const LATEST = [
  'always points at the newest version of the image',
  'is only the default tag name: it points wherever it was last pushed or tagged',
  'is updated by Docker every time you run a container',
] as const;
const IMAGE_AFTER_EDIT = [
  'changes too, so the next container sees the edit',
  "stays the same: the edit lives in the container's writable layer",
  'changes only after the container is stopped',
] as const;
const DELETE_IN_LATER_LAYER = [
  'makes the image smaller',
  'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it',
  'is rejected by docker build',
] as const;
const STOPPED_CONTAINER = [
  'true: stopping a container turns it into an image',
  'false: an image has no state, no processes and no writable layer; a stopped container still has its own',
  'true for images made with docker commit',
] as const;
const STATES = ['created', 'running', 'paused', 'restarting', 'removing', 'exited', 'dead'] as const;

test('1. says what docker stop leaves behind', () =>
  checkAnswer(
    '1 (after stop)',
    a.afterStop,
    'still exists, Exited, with its writable layer, until docker rm',
    'Run `docker stop` then `docker ps -a`: the container is still listed. Which command makes it disappear?',
    AFTER_STOP,
  ));

test('2. says what the tag latest really is', () =>
  checkAnswer(
    '2 (latest)',
    a.latest,
    'is only the default tag name: it points wherever it was last pushed or tagged',
    'A tag is a movable name: `docker tag` can point latest at an old image, and nothing moves it for you.',
    LATEST,
  ));

test('3. says what an edit inside a container does to its image', () =>
  checkAnswer(
    '3 (edit in a container)',
    a.imageAfterEdit,
    "stays the same: the edit lives in the container's writable layer",
    "Start a second container from the same image: does it see the first one's edit? (`docker diff` shows where the edit lives.)",
    IMAGE_AFTER_EDIT,
  ));

test('4. says what deleting a file in a later layer does to the size', () =>
  checkAnswer(
    '4 (delete in a later layer)',
    a.deleteInLaterLayer,
    'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it',
    'Layers are read-only and stacked: a later layer can only hide a file of a lower one, never remove its bytes.',
    DELETE_IN_LATER_LAYER,
  ));

test('5. says whether an image is a stopped container', () =>
  checkAnswer(
    '5 (image = stopped container?)',
    a.stoppedContainer,
    'false: an image has no state, no processes and no writable layer; a stopped container still has its own',
    'A stopped container still shows in `docker ps -a` with its own ID, name and changes.',
    STOPPED_CONTAINER,
  ));

test('6. lists exactly the states docker ps shows without -a, each once', () => {
  const given: readonly string[] = a.psWithoutA;
  if (isUnanswered(given)) throw new CheckFailure('6 (docker ps states) is not answered yet: replace UNANSWERED with a list of states');
  if (!Array.isArray(given))
    throw new CheckFailure(`6 (docker ps states): give a list of states, like ['created'], not ${JSON.stringify(given)}`);
  const unknown = given.filter((s) => !(STATES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    throw new CheckFailure(
      `6 (docker ps states): ${unknown.map((s) => JSON.stringify(s)).join(', ')} is not a container state (the file does not compile); the seven are ${STATES.join(', ')}`,
    );
  }
  const twice = [...new Set(given.filter((s, i) => given.indexOf(s) !== i))];
  if (twice.length > 0) throw new CheckFailure(`6 (docker ps states): ${twice.join(', ')} is listed more than once; name each state once`);
  const expected = ['paused', 'restarting', 'running'];
  const missing = expected.filter((s) => !given.includes(s));
  const extra = given.filter((s) => !expected.includes(s));
  if (missing.length > 0 || extra.length > 0) {
    throw new CheckFailure(
      `6 (docker ps states): ${extra.length ? `${extra.join(', ')} ${extra.length > 1 ? 'are' : 'is'} only shown with -a` : ''}` +
        `${extra.length && missing.length ? '; ' : ''}` +
        `${missing.length ? `${missing.length} state(s) missing: docker ps shows every container whose process is alive, even if frozen or restarting` : ''}`,
    );
  }
});

import { test } from '../../grader/harness';
import { checkAnswer } from '../support/quiz';
import * as a from './answers';

// What the type Thing allows: anything else is a typo, not a wrong answer.
const THINGS = ['image', 'container'] as const;

test('1. names the read-only one', () =>
  checkAnswer('1 (read-only)', a.readOnly, 'image', 'Which one keeps changing while software runs, and which one never does?', THINGS));

test('2. names the one with processes and ports', () =>
  checkAnswer(
    '2 (processes, ports)',
    a.hasProcesses,
    'container',
    'A blueprint cannot listen on a port; only something built from it can.',
    THINGS,
  ));

test('3. names what docker pull fetches', () =>
  checkAnswer('3 (docker pull)', a.whatPullFetches, 'image', 'After a pull, `docker ps -a` is still empty: nothing was started.', THINGS));

test('4. names the owner of a writable layer', () =>
  checkAnswer(
    '4 (writable layer)',
    a.hasWritableLayer,
    'container',
    'Every container gets its own thin writable layer on top of the shared read-only layers.',
    THINGS,
  ));

test('5. names what docker ps lists', () =>
  checkAnswer('5 (docker ps)', a.whatPsLists, 'container', '`docker images` lists the other kind.', THINGS));

test('6. names what docker build produces', () =>
  checkAnswer(
    '6 (docker build)',
    a.whatBuildMakes,
    'image',
    'A build ends with a new ID you can `docker run`: what kind of thing do you run from?',
    THINGS,
  ));

test('7. names the one with a lifecycle (start, stop, pause)', () =>
  checkAnswer('7 (lifecycle)', a.hasALifecycle, 'container', 'You cannot stop something that was never running.', THINGS));

test('8. names the content-addressed one', () =>
  checkAnswer(
    '8 (content-addressed ID)',
    a.contentAddressed,
    'image',
    'Only something frozen can be named by a hash of its content: a hash of something that changes would change too.',
    THINGS,
  ));

test('9. names the object in the class/object analogy', () =>
  checkAnswer('9 (the object)', a.theObject, 'container', 'The class is defined once; each `new` makes a separate live instance.', THINGS));

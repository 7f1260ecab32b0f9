import { test } from '../../grader/harness';
import { checkAnswer } from '../support/quiz';
import { container, image, type Row } from './cheat-sheet';

function row<K extends keyof Row>(key: K, expectedImage: Row[K], expectedContainer: Row[K], why: string): void {
  checkAnswer(`image.${key}`, image[key], expectedImage, why);
  checkAnswer(`container.${key}`, container[key], expectedContainer, why);
}

test('row "status": static or dynamic, for both', () =>
  row('status', 'static', 'dynamic', 'Which one has processes that come and go?'));

test('row "stored where": for both', () =>
  row('storedWhere', 'on disk, locally or in a registry', 'a writable layer on top of its image, plus live processes',
    'A registry stores only what can be pushed and pulled.'));

test('row "mutable?": for both', () =>
  row('mutability', 'read-only', 'read-write', 'Copy-on-write exists so that one side never changes.'));

test('row "can you run it?": for both', () =>
  row('canYouRunIt', 'no: you run containers from it', 'yes: it is the running thing', '`docker run nginx` makes something new each time.'));

test('row "analogy": for both', () =>
  row('analogy', 'blueprint / class', 'house / object', 'One blueprint, many houses; one class, many objects.'));

test('row "created with": for both', () =>
  row('createdWith', 'docker build or docker pull', 'docker run (or docker create)', 'Which commands print a container ID?'));

test('row "how many from one": for both', () =>
  row('howMany', 'any number of containers from one', 'one per docker run', 'Each `docker run` makes exactly one new container.'));

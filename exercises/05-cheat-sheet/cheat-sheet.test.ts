import { test } from '../../grader/harness';
import { checkAnswer } from '../support/quiz';
import { container, image, type Row } from './cheat-sheet';

// The talk's corrected cheat sheet (pages/09-cheat-sheet.md), row by row: [image, container].
const SHEET: { [K in keyof Row]: readonly [Row[K], Row[K]] } = {
  status: ['inert files and settings: it never runs', 'always in one of seven states: created, running, paused, exited and others'],
  storedWhere: [
    'in the local image store, and/or a registry',
    "on the host's disk too (writable layer, config, logs); only its processes use RAM",
  ],
  mutability: [
    'never changes: new content means a new ID; only tags move',
    'its writable layer is read-write; the image layers under it stay read-only',
  ],
  canYouRunIt: ['no: you create containers from it', 'you start, stop, pause and restart it'],
  analogy: ['blueprint / class', 'house / object'],
  createdWith: ['docker pull, build, commit or load', 'docker run (create + start) or docker create'],
  howMany: ['any number of containers share it', 'each docker run makes exactly one new one; docker start reuses it'],
};

function row<K extends keyof Row>(key: K, why: string): void {
  const [forImage, forContainer] = SHEET[key];
  checkAnswer(`image.${key}`, image[key], forImage, why, SHEET[key]);
  checkAnswer(`container.${key}`, container[key], forContainer, why, SHEET[key]);
}

test('row "status": for both', () =>
  row('status', 'A blueprint is never started; and `docker ps -a` lists containers that are not running at all.'));

test('row "stored where": for both', () =>
  row(
    'storedWhere',
    "A registry stores only what can be pushed and pulled; `docker stop` ends processes, yet `docker diff` still shows the container's files.",
  ));

test('row "mutable?": for both', () => row('mutability', 'Copy-on-write exists so that one side never changes.'));

test('row "can you run it?": for both', () =>
  row('canYouRunIt', '`docker run nginx` makes something new each time; `docker start` and `docker stop` take the other kind of name.'));

test('row "analogy": for both', () => row('analogy', 'One blueprint, many houses; one class, many objects.'));

test('row "created with": for both', () =>
  row('createdWith', 'Which commands print a container ID, and which end with an image ID or digest?'));

test('row "how many from one": for both', () => row('howMany', 'Each `docker run` makes exactly one new container.'));

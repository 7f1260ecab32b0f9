// Checks on images and container operations drawn from the run's seed (printed with the score;
// `npm test -- --seed=N` replays them): an answer that knows only the README's nginx files fails.
import { CheckFailure, check, checkEqual, seededRandom, test } from '../../grader/harness';
import { Image, type Container, type ContainerState } from './image';

/** checkEqual with the drawn input after the difference, so a long input does not hide it. */
function equal<T>(actual: T, expected: T, what: string, input: string): void {
  try {
    checkEqual(actual, expected, what);
  } catch (error) {
    throw error instanceof CheckFailure ? new CheckFailure(`${error.message}${input}`) : error;
  }
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const word = (random: () => number, letters: string, min: number, max: number): string =>
  Array.from({ length: min + Math.floor(random() * (max - min + 1)) }, () => pick(random, [...letters])).join('');

/** An absolute path such as /etc/app-2/x.conf (lowercase, so any sort agrees with code-unit order). */
const randomPath = (random: () => number): string =>
  Array.from({ length: 1 + Math.floor(random() * 3) }, () => word(random, 'abcdefghijklmnopqrstuvwxyz0123456789.-', 1, 6))
    .map((segment) => `/${segment}`)
    .join('');

/** File content, sometimes empty: an empty write still hides the image's version of the file. */
const randomContent = (random: () => number): string => (random() < 0.15 ? '' : word(random, 'abc xyz;\n=#01', 1, 16));

function randomFiles(random: () => number): Record<string, string> {
  const files: Record<string, string> = {};
  for (let n = 1 + Math.floor(random() * 6); n > 0; n--) files[randomPath(random)] = randomContent(random);
  return files;
}

const randomName = (random: () => number): string =>
  word(random, 'abcdefghijklmnopqrstuvwxyz', 1, 1) + word(random, 'abcdefghijklmnopqrstuvwxyz0123456789_.-', 0, 8);

const sortedEntries = (files: Readonly<Record<string, string>>): [string, string][] =>
  Object.keys(files)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
    .map((k) => [k, files[k]!]);

const quote = (text: string): string => JSON.stringify(text);

test('an Image keeps its own frozen copy of files drawn from the seed, whatever the caller does to its object later', () => {
  const random = seededRandom('04-class-and-object images');
  for (let i = 0; i < 20; i++) {
    const name = randomName(random);
    const files = randomFiles(random);
    const original = sortedEntries(files);
    const call = `new Image(${quote(name)}, ${JSON.stringify(files)})`;
    const image = new Image(name, files);
    checkEqual(image.name, name, `${call}.name`);
    checkEqual(sortedEntries(image.files), original, `${call}.files`);
    check(Object.isFrozen(image), `${call} is not frozen: use Object.freeze(this) at the end of the constructor`);
    check(Object.isFrozen(image.files), `${call}.files is not frozen: a blueprint is read-only`);
    const paths = Object.keys(files);
    try {
      files[pick(random, paths)] = 'edited by the caller';
      delete files[pick(random, paths)];
      files[`${randomPath(random)}/added`] = 'added by the caller';
    } catch (error) {
      if (!(error instanceof TypeError)) throw error;
      throw new CheckFailure(
        `after ${call} the caller can no longer change its own object: Object.freeze(files) froze the caller's object; copy it first ({ ...files }) and freeze the copy`,
      );
    }
    checkEqual(sortedEntries(image.files), original, `${call}.files after the caller edited, deleted and added files in its own object`);
  }
});

/** What a container should hold, kept by the check itself. */
interface Model {
  container: Container;
  state: ContainerState;
  written: Map<string, string>;
}

test('containers made from one image follow a model through operations drawn from the seed', () => {
  const random = seededRandom('04-class-and-object operations');
  for (let round = 0; round < 15; round++) {
    const files = randomFiles(random);
    const image = new Image(randomName(random), files);
    const imagePaths = Object.keys(files);
    const models: Model[] = [];
    const log: string[] = [];
    // The calls so far, so a failure names its input (the last ones; the seed replays all).
    const where = (): string =>
      `\n    input: image ${quote(image.name)} with files ${JSON.stringify(files)}; calls ${log.length > 12 ? `(the last 12 of ${log.length}) ` : ''}${log.slice(-12).join(', ') || 'none yet'}`;
    const create = (): Model => {
      let name = randomName(random);
      while (models.some((m) => m.container.name === name)) name += 'x';
      const container = image.createContainer(name);
      log.push(`createContainer(${quote(name)})`);
      check(container.image === image, `container.image is not the image it was made from${where()}`);
      equal(container.name, name, `the new container's name`, where());
      const model: Model = { container, state: 'created', written: new Map() };
      models.push(model);
      return model;
    };
    create();
    for (let step = 0; step < 40; step++) {
      const m = random() < 0.08 ? create() : pick(random, models);
      const c = m.container;
      const roll = random();
      if (roll < 0.2) {
        if (m.state === 'running') {
          c.stop();
          m.state = 'exited';
          log.push(`${c.name}.stop()`);
        } else {
          c.start();
          m.state = 'running';
          log.push(`${c.name}.start()`);
        }
        equal(c.state, m.state, `${c.name}.state`, where());
      } else if (roll < 0.6) {
        const path = random() < 0.5 && imagePaths.length > 0 ? pick(random, imagePaths) : randomPath(random);
        const content = randomContent(random);
        const call = `${c.name}.writeFile(${quote(path)}, ${quote(content)}) on a ${m.state} container`;
        if (m.state === 'running') {
          c.writeFile(path, content);
          m.written.set(path, content);
        } else {
          let message: string | undefined;
          try {
            c.writeFile(path, content);
          } catch (error) {
            if (error instanceof Error && error.name === 'TodoError') throw error;
            message = error instanceof Error ? error.message : String(error);
          }
          equal(message, `container ${c.name} is not running`, `the error of ${call}`, where());
        }
        log.push(call);
      } else {
        const known = [...imagePaths, ...m.written.keys()];
        const path = random() < 0.8 && known.length > 0 ? pick(random, known) : randomPath(random);
        equal(c.readFile(path), m.written.has(path) ? m.written.get(path) : files[path], `${c.name}.readFile(${quote(path)})`, where());
        log.push(`${c.name}.readFile(${quote(path)})`);
      }
    }
    for (const m of models) {
      const c = m.container;
      equal(c.state, m.state, `${c.name}.state at the end`, where());
      const expected = [...m.written.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      equal(c.changedFiles(), expected, `${c.name}.changedFiles()`, where());
      for (const path of new Set([...imagePaths, ...models.flatMap((other) => [...other.written.keys()])])) {
        const want = m.written.has(path) ? m.written.get(path) : files[path];
        equal(
          c.readFile(path),
          want,
          `${c.name}.readFile(${quote(path)}) at the end (a container sees its own writes and its image, never a sibling's)`,
          where(),
        );
      }
    }
    equal(sortedEntries(image.files), sortedEntries(files), `the image's files after its containers wrote`, where());
  }
});

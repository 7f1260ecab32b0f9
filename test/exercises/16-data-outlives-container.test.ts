// Exercise 16: the note must reach the new container through the volume. The cheats a learner
// might try (the file in the writable layer, a commit carrying it, never replacing the container,
// the new container writing the note itself) each fail with the reason, not a generic "wrong".
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '16-data-outlives-container';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'commands.sh'), 'utf8');
const check16 = async (commands: string) => failures(await runChecks(ID, 'commands.sh', commands));

afterAll(removeKits);

// The first check of a run loads the engine and the harness (seconds on a busy machine).
describe('exercise 16', { timeout: 30_000 }, () => {
  test('the reference solution passes every check', async () => {
    expect(await check16(solution)).toEqual([]);
  });

  test('the same steps with --mount and the write in the first run line pass too', async () => {
    const mount = 'docker run -d --name app --mount type=volume,src=notes,dst=/data alpine';
    expect(await check16(`${mount} sh -c "echo first > /data/note.txt; sleep 1000"\ndocker rm -f app\n${mount} sleep 1000\n`)).toEqual([]);
  });

  test('a commit carrying the note, without a volume at first: the writable layer and the image are named', async () => {
    expect(
      await check16(
        [
          'docker run -d --name app alpine sleep 1000',
          'docker exec app sh -c "mkdir -p /data && echo kept > /data/note.txt"',
          'docker commit app withnote',
          'docker rm -f app',
          'docker run -d --name app -v notes:/data withnote sleep 1000',
        ].join('\n'),
      ),
    ).toEqual([
      "the first app's /data/note.txt was in its own writable layer (`docker diff app` listed it): with no volume at /data, " +
        'the file goes with the container; start it with `-v notes:/data`',
      'the new app runs withnote, the first ran alpine: start the replacement from the same image; ' +
        'the note must reach it through the volume, not inside an image (a commit of the first app?)',
    ]);
  });

  test('the container never replaced: the same ID is named', async () => {
    expect(
      await check16('docker run -d --name app -v notes:/data alpine sleep 1000\ndocker exec app sh -c "echo hi > /data/note.txt"\n'),
    ).toEqual([
      'app is still the container that wrote the note (same ID): replacing it means `docker rm -f app`, then a new `docker run … --name app`',
      'app is still the container that wrote the note: remove it and start a new one',
      'no new container called app (see the check above)',
    ]);
  });

  test('the old container kept under another name is found by its ID', async () => {
    expect(
      await check16(
        'docker run -d --name app -v notes:/data alpine sleep 1000\ndocker exec app sh -c "echo hi > /data/note.txt"\n' +
          'docker rename app old\ndocker run -d --name app -v notes:/data alpine sleep 1000\n',
      ),
    ).toEqual(['the container that wrote the note still exists, now called old: remove it (`docker rm -f old`)']);
  });

  test('the note written only by the new container: the first one never had it', async () => {
    expect(
      await check16(
        'docker volume create notes\ndocker run -d --name app -v notes:/data alpine sleep 1000\ndocker rm -f app\n' +
          'docker run -d --name app -v notes:/data alpine sleep 1000\ndocker exec app sh -c "echo hi > /data/note.txt"\n',
      ),
    ).toEqual([
      'the first app never had /data/note.txt: write it inside that container (`docker exec app sh -c "echo … > /data/note.txt"`) before you replace it',
      'the first app never wrote /data/note.txt, so there is nothing to find (see the checks above)',
    ]);
  });

  test('a bind mount instead of the volume for the new container is named', async () => {
    expect(
      await check16(
        'docker run -d --name app -v notes:/data alpine sleep 1000\ndocker exec app sh -c "echo hi > /data/note.txt"\n' +
          'docker rm -f app\ndocker run -d --name app -v ./:/data alpine sleep 1000\n',
      ),
    ).toEqual([
      "the new app's /data is a bind mount of /home/learner/app, not the volume notes: `-v notes:/data`",
      'the new app has no /data/note.txt: mount the volume the first app wrote it to (`-v notes:/data`)',
    ]);
  });
});

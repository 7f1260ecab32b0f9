// Exercise 17: only a real save → rmi → load brings mysite:1.0 back, and only an import of the
// exported file makes mysite:flat. The shortcuts a learner might try (a tag kept aside, a rebuild,
// a pull, a commit, the answer without the commands) fail with a message naming what happened.
import { afterAll, describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '17-save-or-export';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'commands.sh'), 'utf8');
const check17 = async (commands: string) => failures(await runChecks(ID, 'commands.sh', commands));
const RELOAD = 'docker rmi mysite:1.0\ndocker load -i mysite.tar\n';
/** The reference solution with `from` replaced (the replacement must happen). */
function variant(from: string | RegExp, to: string): string {
  const changed = solution.replace(from, to);
  if (changed === solution) throw new Error(`the solution has no ${String(from)}`);
  return changed;
}

afterAll(removeKits);

// The first check of a run loads the engine and the harness (seconds on a busy machine).
describe('exercise 17', { timeout: 30_000 }, () => {
  test('the reference solution passes every check', async () => {
    expect(await check17(solution)).toEqual([]);
  });

  test('export and import done first, on the original image, pass too', async () => {
    const reordered = [
      'docker run -d --name site mysite:1.0',
      'docker exec site sh -c "echo hi > /usr/share/nginx/html/note.html"',
      'docker export -o site.tar site',
      'docker rm -f site',
      'docker import site.tar mysite:flat',
      'docker save -o mysite.tar mysite:1.0',
      'docker rmi mysite:1.0',
      'docker load -i mysite.tar',
      'echo "docker save" > answer.txt',
    ].join('\n');
    expect(await check17(reordered)).toEqual([]);
  });

  test('a tag kept aside and put back instead of a load: the image never left', async () => {
    const [message, ...rest] = await check17(
      variant(RELOAD, 'docker tag mysite:1.0 keep:1.0\ndocker rmi mysite:1.0\ndocker tag keep:1.0 mysite:1.0\n'),
    );
    expect(rest).toEqual([]);
    expect(message).toMatch(
      new RegExp(
        '^after mysite.tar was written, the image [0-9a-f]{12} never left this host, so nothing came back from the archive: ' +
          'play the new machine with `docker rmi mysite:1.0` \\(every tag of it, and no container using it\\), then `docker load -i mysite.tar`$',
      ),
    );
  });

  test('saving without removing and loading fails the same way', async () => {
    const [message, ...rest] = await check17(variant(RELOAD, ''));
    expect(rest).toEqual([]);
    expect(message).toMatch(/^after mysite.tar was written, the image [0-9a-f]{12} never left this host/);
  });

  test('a rebuild instead of a load: a new ID, named as such', async () => {
    const messages = await check17(variant('docker load -i mysite.tar', 'docker build -t mysite:1.0 .'));
    expect(messages.map((m) => m.replace(/\b[0-9a-f]{12}\b/g, '<id>'))).toEqual([
      'mysite:1.0 now names another image (<id>), made on this host rather than loaded: only `docker load -i mysite.tar` brings back <id>',
      'mysite:1.0 is <id>, the original was <id>: that is another image (a new build gets a new ID, and no registry has mysite); ' +
        'only `docker load` gives back the same image',
    ]);
  });

  test('a pull instead of a load: Docker refuses it, and the failed lines come first', async () => {
    const [first] = await check17(variant('docker load -i mysite.tar', 'docker pull mysite:1.0'));
    expect(first!.split('\n').slice(0, 3)).toEqual([
      '7 of your 10 commands failed:',
      '  line 5 (exit code 1): docker pull mysite:1.0',
      "    Error response from daemon: pull access denied for mysite, repository does not exist or may require 'docker login'",
    ]);
  });

  test('a commit instead of an import: the layers and history it kept are counted', async () => {
    expect(await check17(variant('docker import site.tar mysite:flat', 'docker commit site mysite:flat'))).toEqual([
      'mysite:flat has 9 layers and 20 history entries: `docker import` makes one layer with one entry ' +
        "(a commit would keep the image's layers and add one)",
    ]);
  });

  test('the two archives swapped: each is named for what it really holds', async () => {
    const swapped = variant('docker save -o mysite.tar', 'docker save -o site.tar').replace(
      'docker export -o site.tar',
      'docker export -o mysite.tar',
    );
    const messages = await check17(swapped.replace(RELOAD, 'docker rmi mysite:1.0\ndocker load -i site.tar\n'));
    expect(messages[0]).toMatch(
      /^mysite.tar holds a container's files \(usr\/, etc\/, …\), not an image: that is what `docker export` writes/,
    );
    expect(messages).toContain(
      "site.tar is an image archive (index.json, blobs/): that is what `docker save` writes; `docker export -o site.tar site` writes a container's files",
    );
  });

  test('the answer alone, without the commands, earns nothing', async () => {
    expect(await check17('echo save > answer.txt\n')).toEqual([
      'no mysite.tar in ~/app: `docker save -o mysite.tar mysite:1.0` writes it',
      expect.stringMatching(/^after mysite.tar was written, the image [0-9a-f]{12} never left this host/),
      "no site.tar in ~/app: `docker export -o site.tar site` writes a container's files",
      'no image tagged mysite:flat: `docker import site.tar mysite:flat`',
    ]);
  });

  test('the wrong answer is explained from the imported image', async () => {
    expect(await check17(variant('echo save', 'echo export'))).toEqual([
      'answer.txt says export, but mysite:flat, the image made from the export, has a single history line ("Imported from -"): ' +
        'compare `docker history mysite:flat` with `docker history mysite:1.0`',
    ]);
  });

  test('an export without the change inside site misses note.html', async () => {
    expect(await check17(variant(/docker exec site .*\n/, ''))).toEqual([
      "site.tar has no /usr/share/nginx/html/note.html: write it inside site before exporting; export carries the container's own changes too",
    ]);
  });
});

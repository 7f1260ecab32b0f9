// Exercise 04: freezing the caller's object (instead of a copy) gets the intended hint, not a raw
// TypeError thrown from the check's own line.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '04-class-and-object';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'image.ts'), 'utf8');

afterAll(removeKits);

test('the reference solution passes', async () => {
  expect(failures(await runChecks(ID, 'image.ts', solution))).toEqual([]);
}, 30_000);

test("Object.freeze(files) on the caller's object says to copy first", async () => {
  const frozenCaller = solution.replace('this.files = Object.freeze({ ...files });', 'this.files = Object.freeze(files);');
  expect(frozenCaller).not.toBe(solution);
  expect(failures(await runChecks(ID, 'image.ts', frozenCaller))).toEqual([
    'the object passed to new Image(…) is frozen now, so the caller can no longer change its own object: ' +
      "Object.freeze(files) froze the caller's object; copy it first ({ ...files }) and freeze the copy",
    // The seeded check (seeded.test.ts) gives the same hint, naming the image it drew.
    expect.stringMatching(
      /^after new Image\(".*", \{.*\}\) the caller can no longer change its own object: Object\.freeze\(files\) froze the caller's object; copy it first \(\{ \.\.\.files \}\) and freeze the copy$/,
    ),
  ]);
});

test("keeping the caller's object unfrozen says the edit leaked in", async () => {
  const kept = solution.replace('this.files = Object.freeze({ ...files });', 'this.files = files;');
  expect(failures(await runChecks(ID, 'image.ts', kept))).toEqual([
    'the image\'s index.html after the caller edited its own object (copy the files, do not keep the caller\'s object): expected "Welcome to nginx!", got "changed later"',
    'image.files is not frozen: a blueprint is read-only',
    expect.stringMatching(/^new Image\(".*", \{.*\}\)\.files is not frozen: a blueprint is read-only$/),
  ]);
});

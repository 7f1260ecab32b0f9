// Exercise 05 follows the talk's corrected cheat sheet (pages/09-cheat-sheet.md) and its slide
// "Three things the short version gets wrong": a container is not "the running thing", and
// "static"/"dynamic" are gone from the key.
import { afterAll, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { failures, removeKits, repoRoot, runChecks } from './helpers/run-checks';

const ID = '05-cheat-sheet';
const solution = readFileSync(join(repoRoot, 'solutions', ID, 'cheat-sheet.ts'), 'utf8');
const slide = readFileSync(join(repoRoot, 'pages', '09-cheat-sheet.md'), 'utf8');

afterAll(removeKits);

test('the reference answers pass', async () => {
  expect(failures(await runChecks(ID, 'cheat-sheet.ts', solution))).toEqual([]);
}, 30_000);

test('the key no longer holds what the talk corrects', () => {
  for (const file of [solution, readFileSync(join(repoRoot, 'exercises', ID, 'cheat-sheet.test.ts'), 'utf8')]) {
    expect(file).not.toMatch(/running thing|'static'|'dynamic'/);
  }
  expect(slide).toContain('A container is a running thing.');
});

test("each row of the key says what the slide's row says", () => {
  const rows: [string, string[]][] = [
    ['What it is', ['never runs', 'created, running, paused, **exited**']],
    ['Where it lives', ['image store, registry', 'host disk: writable layer, config, logs', 'processes in RAM']],
    ['Can it change?', ['new content, new ID; tags move', 'its writable layer; the image under it never']],
    ['Made with', ['`pull`, `build`, `commit`', '`create`, `run` (one new container each); `start` reuses it']],
  ];
  for (const [row, phrases] of rows) {
    const line = slide.split('\n').find((l) => l.startsWith(`| **${row}** |`));
    for (const phrase of phrases) expect(line, row).toContain(phrase);
  }
});

test("the short version's answer is no longer an answer at all", async () => {
  const old = solution.replace("canYouRunIt: 'you start, stop, pause and restart it'", "canYouRunIt: 'yes: it is the running thing'");
  expect(failures(await runChecks(ID, 'cheat-sheet.ts', old))).toEqual([
    'container.canYouRunIt: "yes: it is the running thing" is not one of the answers its type allows, so it is not graded as an answer ' +
      '(the file does not compile). Copy one of: "no: you create containers from it" or "you start, stop, pause and restart it"',
  ]);
});

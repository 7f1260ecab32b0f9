// The class re-grade (grader/class/) of a fixture class: honest, partial, cheating and broken
// submissions give the expected roster; what a cheater changed outside their starters has no effect.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { zipSync } from 'fflate';
import { writeClassReports } from '../../grader/class/outputs';
import { regradeClass, type ClassResult } from '../../grader/class/regrade';
import { readSubmission } from '../../grader/class/submission';
import { DEFAULT_LIMITS } from '../../grader/class/limits';
import { loadMetadata } from '../../grader/metadata';
import { fixtureClass } from './helpers/class-fixture';
import { repoRoot } from './helpers/temp-kit';

let folder: string;
let out: string;
let result: ClassResult;
const progress: string[] = [];

beforeAll(async () => {
  folder = fixtureClass();
  out = mkdtempSync(join(tmpdir(), 'grade-class-out-'));
  result = await regradeClass({
    root: repoRoot,
    folder,
    seed: 4242,
    ids: ['02', '13'],
    timeoutMs: 20_000,
    pool: 2,
    onProgress: (l) => progress.push(l),
  });
  writeClassReports(out, result);
}, 600_000);
afterAll(() => {
  rmSync(folder, { recursive: true, force: true });
  rmSync(out, { recursive: true, force: true });
});

test('the roster: honest full marks, partial its part, cheating nothing, broken rows say why', () => {
  expect(readFileSync(join(out, 'reports', 'class', 'roster.csv'), 'utf8')).toBe(
    [
      'learner,02-blueprint-or-house,13-image-id,total,note',
      'alice,5,10,15,',
      'bob,5,0,5,',
      'carol,0,0,0,',
      'dave.txt,,,,"not a folder, a .zip or a .tar.gz"',
      'erin,,,,the archive holds a path escaping its folder (../x): refused',
      'frank,,,,the archive holds a link pointing outside its folder (exercises/13-image-id/image-id.ts -> /etc/passwd): refused',
      'grace,,,,exercises/13-image-id/image-id.ts is a symlink pointing outside the submission: refused',
      'heidi,,,,"exercises/13-image-id/image-id.ts is 40 MB, over the 16 MB limit"',
      'ivan,,,,"exercises/13-image-id/image-id.ts is 100 MB, over the 16 MB limit"',
      '',
    ].join('\n'),
  );
});

test("the cheater's grader, report and built-in tricks have no effect; the failures are one click away", () => {
  const carol = result.learners.find((l) => l.learner === 'carol')!;
  expect(carol.exercises.map((e) => [e.id, e.status])).toEqual([
    ['02-blueprint-or-house', 'error'],
    ['13-image-id', 'in_progress'],
  ]);
  expect(carol.exercises[0]!.failing[0]).toContain('JSON.stringify');
  expect(carol.exercises[1]!.failing).toEqual([
    expect.stringMatching(
      /^chainId follows the recursion on layer stacks drawn from the seed: chainId of \d generated layers: expected sha256:/,
    ),
  ]);
  const html = readFileSync(join(out, 'reports', 'class', 'index.html'), 'utf8');
  expect(html).toContain('JSON.stringify');
  expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=|https?:\/\//);
});

test('class.json records the commit and the seed; only reports/class is written; progress is shown per submission', () => {
  const json = JSON.parse(readFileSync(join(out, 'reports', 'class', 'class.json'), 'utf8')) as ClassResult;
  expect(json.commit).toMatch(/^[0-9a-f]{40}$/);
  expect(json.seed).toBe(4242);
  expect(readdirSync(out)).toEqual(['reports']);
  expect(readdirSync(join(out, 'reports'))).toEqual(['class']);
  expect(readdirSync(join(out, 'reports', 'class')).sort()).toEqual(['class.json', 'index.html', 'roster.csv']);
  expect(progress).toHaveLength(9);
  expect(progress.every((l) => /^\[\d\/9\] \w+/.test(l))).toBe(true);
  expect(existsSync(join(folder, 'alice', 'reports'))).toBe(false);
});

test('a zip bomb is refused from its directory, before anything is inflated', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bomb-'));
  try {
    const files: Record<string, Uint8Array> = {};
    for (let i = 0; i < 20; i++) files[`kit/junk/${i}.bin`] = new Uint8Array(1024 * 1024);
    files['kit/exercises/02-blueprint-or-house/answers.ts'] = new TextEncoder().encode('export {};\n');
    const bomb = join(dir, 'bomb.zip');
    writeFileSync(bomb, zipSync(files, { level: 9 }));
    expect(() => readSubmission(bomb, loadMetadata(repoRoot), { ...DEFAULT_LIMITS, totalBytes: 8 * 1024 * 1024 })).toThrow(
      'the unpacked archive (a zip bomb?) is 9 MB, over the 8 MB limit',
    );
    expect(() => readSubmission(bomb, loadMetadata(repoRoot), { ...DEFAULT_LIMITS, entries: 5 })).toThrow(
      'the archive holds 21 entries, over the 5 limit',
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

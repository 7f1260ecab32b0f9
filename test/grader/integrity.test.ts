// Tamper evidence (grader/integrity.ts) on a committed fixture kit: each cheat of issue 15 that
// edits a kit file is named, and touches the exercises that depend on it; no git says so.
import { execFileSync } from 'node:child_process';
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { checkKit } from '../../grader/integrity';
import { buildManifest, writeManifest } from '../../grader/manifest';
import { loadMetadata } from '../../grader/metadata';
import { formatKitLine } from '../../grader/table';
import { gitKit } from './helpers/git-kit';
import { makeTempRoot, removeTempRoot } from './helpers/temp-kit';

let root: string;
const original = new Map<string, string>();

function edit(path: string, change: (text: string) => string): void {
  const full = join(root, path);
  if (!original.has(path)) original.set(path, readFileSync(full, 'utf8'));
  writeFileSync(full, change(readFileSync(full, 'utf8')));
}

function restore(): void {
  for (const [path, text] of original) writeFileSync(join(root, path), text);
  original.clear();
  execFileSync('git', ['-C', root, 'checkout', '--', '.']);
  execFileSync('git', ['-C', root, 'clean', '-fdq', '--', 'grader', 'exercises']);
}

const ids = () => loadMetadata(root).map((e) => e.id);

beforeAll(() => {
  root = gitKit();
}, 120_000);
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('checkKit on a committed kit', { timeout: 60_000 }, () => {
  test('the kit as committed is verified, with its commit and a content hash', () => {
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.integrity).toBe('verified');
    expect(kit.modified).toEqual([]);
    expect(kit.commit).toMatch(/^[0-9a-f]{40}$/);
    expect(kit.contentHash).toMatch(/^[0-9a-f]{64}$/);
    expect(formatKitLine(kit, 7)).toBe(`Kit: as committed (${kit.commit!.slice(0, 12)}), seed 7 (\`npm test -- --seed=7\` replays it)`);
  });

  test('a no-op test() in grader/harness.ts is named and touches every exercise', () => {
    edit('grader/harness.ts', (t) => t.replace('registeredTests().push({ name, fn });', 'void name; void fn;'));
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.integrity).toBe('modified');
    expect(kit.modified).toEqual(['grader/harness.ts']);
    expect(Object.keys(kit.touches)).toEqual(ids());
    restore();
  });

  test('grader/status.ts always passing is named and touches every exercise', () => {
    edit('grader/status.ts', (t) =>
      t.replace("if (f.starter === 'untouched') return outcome('not_started');", "return outcome('passed');"),
    );
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.modified).toEqual(['grader/status.ts']);
    expect(Object.keys(kit.touches)).toEqual(ids());
    restore();
  });

  test('an early return in exercises/support/quiz.ts touches exactly the quiz exercises that use it', () => {
    edit('exercises/support/quiz.ts', (t) =>
      t.replace(
        'export function checkAnswer<T>(name: string, given: T, expected: T, why: string, allowed: readonly T[]): void {',
        '$&\n  return;',
      ),
    );
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.modified).toEqual(['exercises/support/quiz.ts']);
    expect(Object.keys(kit.touches).sort()).toEqual(['02-blueprint-or-house', '05-cheat-sheet', '06-misconceptions']);
    restore();
  });

  test('exercises.json giving exercise 01 all the points, or losing exercises, is named', () => {
    edit('exercises/exercises.json', (t) => {
      const json = JSON.parse(t) as { exercises: Array<{ id: string; points: number }> };
      json.exercises.find((e) => e.id === '01-first-container')!.points = 160;
      return JSON.stringify(json, null, 2) + '\n';
    });
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.modified).toEqual(['exercises/exercises.json']);
    expect(kit.touches['01-first-container']).toEqual(['exercises/exercises.json']);
    restore();
  });

  test('an edited check blessed with make-manifest is still named: the check and the manifest differ from HEAD', () => {
    edit('exercises/13-image-id/image-id.test.ts', (t) => `${t}\n// everything passes now\n`);
    writeManifest(join(root, 'grader', 'manifest.json'), buildManifest(root, loadMetadata(root)));
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.modified).toEqual(['exercises/13-image-id/image-id.test.ts', 'grader/manifest.json']);
    expect(kit.touches['13-image-id']).toEqual(['exercises/13-image-id/image-id.test.ts', 'grader/manifest.json']);
    expect(kit.touches['12-commit-vs-original']).toEqual(['grader/manifest.json']);
    restore();
  });

  test('a file added to grader/ is named; a changed engine file touches the command exercises only', () => {
    appendFileSync(join(root, 'grader', 'extra.ts'), 'export {};\n');
    edit('engine/index.ts', (t) => `${t}\n// changed\n`);
    const kit = checkKit(root, loadMetadata(root));
    expect(kit.modified).toEqual(['engine/index.ts', 'grader/extra.ts']);
    expect(kit.touches['01-first-container']).toEqual(['engine/index.ts', 'grader/extra.ts']);
    expect(kit.touches['13-image-id']).toEqual(['grader/extra.ts']);
    restore();
  });

  test('a learner file (the starter) is not a kit file', () => {
    edit('exercises/13-image-id/image-id.ts', (t) => `${t}\n// my work\n`);
    expect(checkKit(root, loadMetadata(root)).integrity).toBe('verified');
    restore();
  });
});

test('without git the kit is named as not verifiable, and nothing is zeroed', () => {
  const temp = makeTempRoot();
  try {
    writeFileSync(join(temp, 'exercises.json'), '{}');
    const kit = checkKit(temp, []);
    expect(kit.integrity).toBe('unverifiable');
    expect(kit.touches).toEqual({});
    expect(formatKitLine(kit, 3)).toBe('Kit integrity not verifiable: no git; seed 3 (`npm test -- --seed=3` replays it)');
  } finally {
    removeTempRoot(temp);
  }
});

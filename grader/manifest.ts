// Hashes of the pristine starters and test files, committed in grader/manifest.json. They tell
// "not started" from "in progress" and flag edited or deleted tests. Line endings are
// normalized first, so a checkout with CRLF (Windows) counts as pristine.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseMeta } from './metadata';

export interface ExerciseHashes {
  starter: string;
  starterSha256: string;
  /** Test file name → sha256 of its pristine text. */
  tests: Record<string, string>;
}

export interface Manifest {
  version: 1;
  exercises: Record<string, ExerciseHashes>;
}

export function normalizedSha256(text: string): string {
  return createHash('sha256').update(text.replace(/\r\n/g, '\n')).digest('hex');
}

/** The hash of a file's normalized text, or undefined when the file is absent. */
export function fileSha256(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return normalizedSha256(readFileSync(path, 'utf8'));
}

export function testFilesIn(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.test.ts')).sort();
}

export function buildManifest(root: string, exercises: ExerciseMeta[]): Manifest {
  const manifest: Manifest = { version: 1, exercises: {} };
  for (const e of exercises) {
    const dir = join(root, 'exercises', e.id);
    const starterSha256 = fileSha256(join(dir, e.starter));
    if (!starterSha256) throw new Error(`${e.id}: starter ${e.starter} is missing`);
    const tests: Record<string, string> = {};
    for (const file of testFilesIn(dir)) tests[file] = fileSha256(join(dir, file)) as string;
    if (Object.keys(tests).length === 0) throw new Error(`${e.id}: no *.test.ts file`);
    manifest.exercises[e.id] = { starter: e.starter, starterSha256, tests };
  }
  return manifest;
}

export function loadManifest(path: string): Manifest {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (manifest.version !== 1) throw new Error(`${path}: unknown manifest version`);
  return manifest;
}

export function writeManifest(path: string, manifest: Manifest): void {
  writeFileSync(path, `${JSON.stringify(manifest, null, 2)}\n`);
}

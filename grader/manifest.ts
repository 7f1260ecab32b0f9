// Hashes of the shipped starters, checks and reference solutions, committed in
// grader/manifest.json. Grading uses the sha256s to tell "not started" from "in progress" and to
// flag edited or deleted checks; the kit's own tests use the git blob ids to read the shipped
// bytes back from git's object store (grader/shipped.ts), never the files a learner edits.
// Line endings are normalized first, so a checkout with CRLF (Windows) counts as pristine.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ExerciseMeta } from './metadata';

export interface ExerciseHashes {
  starter: string;
  starterSha256: string;
  /** Test file name → sha256 of its pristine text. */
  tests: Record<string, string>;
  /** sha256 of the reference solution (solutions/<id>/<starter>). */
  solutionSha256: string;
  /** Path from the kit's root → git blob id, for the starter, every check and the solution. */
  blobs: Record<string, string>;
}

export interface Manifest {
  version: 2;
  exercises: Record<string, ExerciseHashes>;
}

function normalized(text: string): string {
  return text.replace(/\r\n/g, '\n');
}

export function normalizedSha256(text: string): string {
  return createHash('sha256').update(normalized(text)).digest('hex');
}

/** The id git gives the normalized text as a blob (`git hash-object`), computed without git. */
export function gitBlobId(text: string): string {
  const bytes = Buffer.from(normalized(text), 'utf8');
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** The hash of a file's normalized text, or undefined when the file is absent. */
export function fileSha256(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  return normalizedSha256(readFileSync(path, 'utf8'));
}

export function testFilesIn(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.test.ts'))
    .sort();
}

/** Paths (from the kit's root) of an exercise's starter, checks and solution, as the manifest names them. */
export function shippedPaths(id: string, hashes: ExerciseHashes): { starter: string; tests: string[]; solution: string } {
  return {
    starter: `exercises/${id}/${hashes.starter}`,
    tests: Object.keys(hashes.tests).map((f) => `exercises/${id}/${f}`),
    solution: `solutions/${id}/${hashes.starter}`,
  };
}

/** The manifest of the files as they are in `root` (make-manifest.ts runs it on a pristine kit). */
export function buildManifest(root: string, exercises: ExerciseMeta[]): Manifest {
  const manifest: Manifest = { version: 2, exercises: {} };
  const read = (path: string, what: string): string => {
    const full = join(root, path);
    if (!existsSync(full)) throw new Error(`${what} ${path} is missing`);
    return readFileSync(full, 'utf8');
  };
  for (const e of exercises) {
    const dir = join(root, 'exercises', e.id);
    const starterText = read(`exercises/${e.id}/${e.starter}`, `${e.id}: starter`);
    const solutionText = read(`solutions/${e.id}/${e.starter}`, `${e.id}: solution`);
    const tests: Record<string, string> = {};
    const blobs: Record<string, string> = {
      [`exercises/${e.id}/${e.starter}`]: gitBlobId(starterText),
    };
    for (const file of testFilesIn(dir)) {
      const text = read(`exercises/${e.id}/${file}`, `${e.id}: check`);
      tests[file] = normalizedSha256(text);
      blobs[`exercises/${e.id}/${file}`] = gitBlobId(text);
    }
    if (Object.keys(tests).length === 0) throw new Error(`${e.id}: no *.test.ts file`);
    blobs[`solutions/${e.id}/${e.starter}`] = gitBlobId(solutionText);
    manifest.exercises[e.id] = {
      starter: e.starter,
      starterSha256: normalizedSha256(starterText),
      tests,
      solutionSha256: normalizedSha256(solutionText),
      blobs,
    };
  }
  return manifest;
}

export function loadManifest(path: string): Manifest {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  if (manifest.version !== 2) throw new Error(`${path}: unknown manifest version ${String(manifest.version)}`);
  return manifest;
}

export function formatManifest(manifest: Manifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

export function writeManifest(path: string, manifest: Manifest): void {
  writeFileSync(path, formatManifest(manifest));
}

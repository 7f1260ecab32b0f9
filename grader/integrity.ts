// Tamper evidence for local grading: every file a grade depends on besides the learner's own
// (the grader, exercises/support/, every check, exercises.json, the engine the command checks
// drive, package.json and the lockfile) is compared with the bytes git holds for the committed
// HEAD. The trust anchor is git's objects, not a file a script can regenerate: re-running
// make-manifest.ts changes grader/manifest.json, which then differs from HEAD and is named.
// Without git (a downloaded zip) nothing can be verified, and the report says so.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { ExerciseMeta } from './metadata';
import { importClosure } from './import-closure';

export type KitIntegrity = 'verified' | 'modified' | 'unverifiable';

export interface KitCheck {
  integrity: KitIntegrity;
  /** The commit verified against (HEAD), when there is git. */
  commit?: string;
  /** sha256 over the kit files as they are on disk (path and git blob id of each): the kit's version. */
  contentHash: string;
  /** Kit files (from the root, `/`-separated) that differ from HEAD, were deleted, or were added. */
  modified: string[];
  /** Exercise id → the modified kit files its grade depends on. */
  touches: Record<string, string[]>;
  /** One sentence for people when the kit could not be verified. */
  note?: string;
}

/** What the verified set holds: prefixes of folders and single files, from the kit's root. */
const KIT_FOLDERS = ['grader/', 'exercises/support/', 'engine/'];
const KIT_FILES = ['exercises/exercises.json', 'exercises/tsconfig.json', 'package.json', 'package-lock.json', 'tsconfig.json'];
/** Folders where a file that was not shipped is itself a change (a check file elsewhere is flagged per exercise). */
const NO_ADDED_FILES = ['grader', 'exercises/support'];
/** A change to one of these touches every exercise: they decide how any exercise is graded. */
const AFFECTS_ALL = (path: string): boolean => path.startsWith('grader/') || KIT_FILES.includes(path);

export function isKitFile(path: string): boolean {
  if (KIT_FILES.includes(path) || KIT_FOLDERS.some((f) => path.startsWith(f))) return true;
  return /^exercises\/[^/]+\/[^/]+\.test\.ts$/.test(path);
}

/** git's blob id of bytes (`git hash-object`). */
export function blobIdOf(bytes: Buffer): string {
  return createHash('sha1').update(`blob ${bytes.length}\0`).update(bytes).digest('hex');
}

/** Same as blobIdOf, but a CRLF checkout (Windows) of an LF blob counts as the same. */
function matchesBlob(bytes: Buffer, blob: string): boolean {
  if (blobIdOf(bytes) === blob) return true;
  return bytes.includes(13) && blobIdOf(Buffer.from(bytes.toString('utf8').replace(/\r\n/g, '\n'), 'utf8')) === blob;
}

function git(root: string, args: string[]): Buffer | undefined {
  try {
    return execFileSync('git', ['-C', root, ...args], { stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 64 * 1024 * 1024 });
  } catch {
    return undefined;
  }
}

/** The committed kit files and their blob ids, or undefined when root is not the top of a git work tree with a HEAD. */
export function committedKitFiles(root: string): { commit: string; blobs: Map<string, string> } | undefined {
  const top = git(root, ['rev-parse', '--show-toplevel', 'HEAD'])?.toString('utf8').trim().split('\n');
  if (!top || top.length !== 2) return undefined;
  if (realpathSync(top[0]!) !== realpathSync(root)) return undefined; // a kit copied inside another repository
  const listing = git(root, ['ls-tree', '-r', '-z', 'HEAD', '--', 'grader', 'exercises', 'engine', ...KIT_FILES]);
  if (!listing) return undefined;
  const blobs = new Map<string, string>();
  for (const entry of listing.toString('utf8').split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab < 0) continue;
    const [mode, type, id] = entry.slice(0, tab).split(' ');
    const path = entry.slice(tab + 1);
    if (type === 'blob' && mode !== '120000' && id && isKitFile(path)) blobs.set(path, id);
  }
  return { commit: top[1]!, blobs };
}

function filesUnder(root: string, folder: string): string[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    const rel = relative(root, path).split(sep).join('/');
    if (statSync(path).isDirectory()) out.push(...filesUnder(root, rel));
    else out.push(rel);
  }
  return out;
}

/** Kit files on disk that were never shipped: in grader/ and exercises/support/ (added checks are flagged per exercise). */
function addedFiles(root: string, shipped: Map<string, string>): string[] {
  return NO_ADDED_FILES.flatMap((f) => filesUnder(root, f)).filter((p) => isKitFile(p) && !shipped.has(p));
}

function contentHash(root: string, paths: string[]): string {
  const hash = createHash('sha256');
  for (const path of [...paths].sort()) {
    const full = join(root, path);
    hash
      .update(path)
      .update('\0')
      .update(existsSync(full) ? blobIdOf(readFileSync(full)) : '-')
      .update('\n');
  }
  return hash.digest('hex');
}

/** Which exercises each modified file touches: files every grade depends on touch all; others the exercises whose checks import them. */
export function touchedExercises(root: string, modified: string[], exercises: ExerciseMeta[]): Record<string, string[]> {
  const touches: Record<string, string[]> = {};
  if (modified.length === 0) return touches;
  const warmUp = 'exercises/support/warm-up.ts';
  const edges = new Map<string, string[]>();
  for (const e of exercises) {
    const dir = join(root, 'exercises', e.id);
    const checks = existsSync(dir)
      ? readdirSync(dir)
          .filter((f) => f.endsWith('.test.ts'))
          .map((f) => `exercises/${e.id}/${f}`)
      : [];
    const closure = importClosure(root, checks, edges);
    // Command checks run on workers that preload the warm-up module (grade.ts).
    if ([...closure].some((p) => p.startsWith('engine/'))) for (const p of importClosure(root, [warmUp], edges)) closure.add(p);
    const hit = modified.filter((p) => AFFECTS_ALL(p) || closure.has(p) || p.startsWith(`exercises/${e.id}/`));
    if (hit.length > 0) touches[e.id] = hit;
  }
  return touches;
}

/** Verifies the kit in `root` against git's HEAD. Fast: one `git ls-tree`, then hashing ~250 small files. */
export function checkKit(root: string, exercises: ExerciseMeta[]): KitCheck {
  const committed = committedKitFiles(root);
  if (!committed) {
    const paths = [...KIT_FOLDERS.flatMap((f) => filesUnder(root, f.slice(0, -1))), ...KIT_FILES.filter((f) => existsSync(join(root, f)))];
    return {
      integrity: 'unverifiable',
      contentHash: contentHash(root, paths.filter(isKitFile)),
      modified: [],
      touches: {},
      note: 'kit integrity not verifiable: no git (a downloaded copy?); the grade is only as trustworthy as this copy of the grader',
    };
  }
  const modified: string[] = [];
  for (const [path, blob] of committed.blobs) {
    const full = join(root, path);
    if (!existsSync(full) || !matchesBlob(readFileSync(full), blob)) modified.push(path);
  }
  modified.push(...addedFiles(root, committed.blobs));
  modified.sort();
  const result: KitCheck = {
    integrity: modified.length === 0 ? 'verified' : 'modified',
    commit: committed.commit,
    contentHash: contentHash(root, [...new Set([...committed.blobs.keys(), ...modified])]),
    modified,
    touches: touchedExercises(root, modified, exercises),
  };
  return result;
}

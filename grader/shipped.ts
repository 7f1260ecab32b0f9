// The exercises as the kit shipped them, written into another folder: the starters, checks and
// reference solutions come from git's object store by the blob ids in grader/manifest.json, never
// from the files a learner edits (which may hold their work, even committed). The kit's own tests
// read only this copy. Without git (a downloaded zip) a file on disk is used only when its sha256
// is the manifest's; an exercise whose shipped files cannot be recovered is named in `unavailable`.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { loadManifest, normalizedSha256, shippedPaths, testFilesIn, type Manifest } from './manifest';

export interface ShippedCopy {
  /** 'git' when every file came from git's objects, 'files' when some were verified files on disk. */
  source: 'git' | 'files';
  /** Exercise id → why its shipped files could not be recovered (neither in git nor pristine on disk). */
  unavailable: Record<string, string>;
  /** One sentence for people, set when the source is not git alone. */
  note?: string;
}

/** Reads blobs by id with one `git cat-file --batch`; ids git does not hold are left out. */
export function readGitBlobs(root: string, ids: string[]): Map<string, Buffer> {
  const found = new Map<string, Buffer>();
  if (ids.length === 0) return found;
  let out: Buffer;
  try {
    out = execFileSync('git', ['-C', root, 'cat-file', '--batch'], {
      input: `${ids.join('\n')}\n`,
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['pipe', 'pipe', 'ignore'],
    });
  } catch {
    return found; // no git, or not a repository: the caller falls back to verified files
  }
  let at = 0;
  while (at < out.length) {
    const eol = out.indexOf(10, at);
    if (eol < 0) break;
    const [id, type, size] = out.subarray(at, eol).toString('utf8').split(' ');
    at = eol + 1;
    if (type === 'missing' || size === undefined) continue;
    const length = Number(size);
    if (type === 'blob' && id) found.set(id, out.subarray(at, at + length));
    at += length + 1; // the content, then a newline
  }
  return found;
}

/**
 * Writes <dest>/exercises (the folder as on disk, but every starter and check as shipped, and no
 * check that was not shipped) and <dest>/solutions (each reference solution as shipped).
 */
export function writeShippedExercises(root: string, dest: string, manifestPath = join(root, 'grader', 'manifest.json')): ShippedCopy {
  const manifest: Manifest = loadManifest(manifestPath);
  cpSync(join(root, 'exercises'), join(dest, 'exercises'), { recursive: true });
  const entries = Object.entries(manifest.exercises);
  const blobs = readGitBlobs(root, [...new Set(entries.flatMap(([, e]) => Object.values(e.blobs)))]);
  const copy: ShippedCopy = { source: 'git', unavailable: {} };

  for (const [id, hashes] of entries) {
    const paths = shippedPaths(id, hashes);
    const expected = new Map<string, string>([
      [paths.starter, hashes.starterSha256],
      ...paths.tests.map((p): [string, string] => [p, hashes.tests[p.slice(p.lastIndexOf('/') + 1)]!]),
      [paths.solution, hashes.solutionSha256],
    ]);
    const texts = new Map<string, Buffer>();
    for (const [path, sha256] of expected) {
      const fromGit = blobs.get(hashes.blobs[path] ?? '');
      if (fromGit) {
        texts.set(path, fromGit);
        continue;
      }
      const onDisk = join(root, path);
      if (existsSync(onDisk) && normalizedSha256(readFileSync(onDisk, 'utf8')) === sha256) {
        texts.set(path, readFileSync(onDisk));
        copy.source = 'files';
      } else {
        copy.unavailable[id] = `${path} is not in git's objects and differs from the shipped file`;
        copy.source = 'files';
        break;
      }
    }
    const dir = join(dest, 'exercises', id);
    if (copy.unavailable[id]) {
      rmSync(dir, { recursive: true, force: true });
      continue;
    }
    // Checks a learner added are not the kit's.
    if (existsSync(dir)) for (const f of testFilesIn(dir)) if (!expected.has(`exercises/${id}/${f}`)) rmSync(join(dir, f));
    for (const [path, bytes] of texts) {
      mkdirSync(dirname(join(dest, path)), { recursive: true });
      writeFileSync(join(dest, path), bytes);
    }
  }
  if (copy.source === 'files') {
    const missing = Object.keys(copy.unavailable);
    copy.note =
      "git does not hold the shipped exercises (a downloaded zip?): files on disk were used where their sha256 is the manifest's" +
      (missing.length > 0 ? `; not checked, as they differ from what shipped: ${missing.join(', ')}` : '');
  }
  return copy;
}

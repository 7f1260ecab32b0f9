// One learner's submission (a folder, a .zip or a .tar.gz of their copy of the kit) reduced to
// the only files a class re-grade takes from it: the starters named in exercises.json. Anything
// unsafe refuses the whole submission with a reason (limits.ts); nothing is written here.
import { lstatSync, readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import type { ExerciseMeta } from '../metadata';
import { BrokenSubmission, tooBig, type Limits } from './limits';
import { openTarGz } from './tar';
import { openZip } from './zip';

export type SubmissionKind = 'folder' | 'zip' | 'tar.gz';

/** The learner's name from the submission's name: `alice.zip` → `alice`. */
export function learnerName(path: string): string {
  return basename(path).replace(/\.(zip|tar\.gz|tgz)$/i, '');
}

export function submissionKind(path: string): SubmissionKind | undefined {
  if (statSync(path).isDirectory()) return 'folder';
  if (/\.zip$/i.test(path)) return 'zip';
  if (/\.(tar\.gz|tgz)$/i.test(path)) return 'tar.gz';
  return undefined;
}

const starterPaths = (exercises: ExerciseMeta[]): string[] => exercises.map((e) => `exercises/${e.id}/${e.starter}`);

/** The folder inside the submission that holds the kit: '' or e.g. 'kit-main/' (the shallowest with a starter). */
function kitPrefix(paths: string[], starters: string[]): string | undefined {
  let best: string | undefined;
  for (const p of paths) {
    for (const s of starters) {
      if (p !== s && !p.endsWith(`/${s}`)) continue;
      const prefix = p.slice(0, p.length - s.length);
      if (best === undefined || prefix.length < best.length) best = prefix;
    }
  }
  return best;
}

/** A folder submission: only its starters are looked at (lstat: a symlink pointing out refuses it). */
function fromFolder(dir: string, starters: string[], limits: Limits): Map<string, Buffer> {
  const real = realpathSync(dir);
  const prefixes = [
    '',
    ...readdirSync(dir, { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => `${d.name}/`),
  ];
  const prefix = prefixes.find((p) => starters.some((s) => lstatOrUndefined(join(dir, p, s))));
  const found = new Map<string, Buffer>();
  if (prefix === undefined) return found;
  for (const s of starters) {
    const path = join(dir, prefix, s);
    const stat = lstatOrUndefined(path);
    if (!stat) continue;
    if (stat.isSymbolicLink()) {
      const target = realpathOrUndefined(path);
      if (!target || relative(real, target).startsWith('..') || relative(real, target).startsWith(sep)) {
        throw new BrokenSubmission(`${prefix}${s} is a symlink pointing outside the submission: refused`);
      }
    }
    const size = statSync(path).size;
    if (size > limits.fileBytes) throw tooBig(`${prefix}${s}`, size, limits.fileBytes);
    if (statSync(path).isFile()) found.set(s, readFileSync(path));
  }
  return found;
}

function lstatOrUndefined(path: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(path);
  } catch {
    return undefined;
  }
}

function realpathOrUndefined(path: string): string | undefined {
  try {
    return realpathSync(path);
  } catch {
    return undefined;
  }
}

/** The starters a submission holds, by path from the kit's root; throws BrokenSubmission with the reason. */
export function readSubmission(
  path: string,
  exercises: ExerciseMeta[],
  limits: Limits,
): { kind: SubmissionKind; files: Map<string, Buffer> } {
  const kind = submissionKind(path);
  if (!kind) throw new BrokenSubmission('not a folder, a .zip or a .tar.gz');
  const starters = starterPaths(exercises);
  let files: Map<string, Buffer>;
  if (kind === 'folder') files = fromFolder(path, starters, limits);
  else {
    const size = statSync(path).size;
    if (size > limits.totalBytes) throw tooBig('the archive', size, limits.totalBytes);
    const bytes = readFileSync(path);
    const archive = kind === 'zip' ? openZip(bytes, limits) : openTarGz(bytes, limits);
    const prefix = kitPrefix(archive.paths, starters);
    files = new Map();
    if (prefix !== undefined) for (const s of starters) if (archive.paths.includes(prefix + s)) files.set(s, archive.read(prefix + s));
  }
  if (files.size === 0) throw new BrokenSubmission(`files missing: none of the exercise files (such as ${starters[0]}) is in it`);
  return { kind, files };
}

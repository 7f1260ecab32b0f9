// Grades exercises: inspects files against the manifest, type-checks changed learner files
// and runs every exercise's checks on killable workers, both at once, then decides statuses.
import { existsSync, readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { loadManifest, fileSha256, testFilesIn, type Manifest } from './manifest';
import { loadMetadata, selectExercises, type ExerciseMeta } from './metadata';
import { decide, messageFor, pointsFor } from './status';
import { runJobs, type RunResult } from './test-pool';
import { staticTestNames } from './test-names';
import { TypecheckCache, typecheckKey } from './typecheck-cache';
import { TypecheckService } from './typecheck-service';
import type { ExerciseReport } from './report';

export interface GradeOptions {
  /** The kit's root (holds exercises/). */
  root: string;
  /** Exercise ids or number prefixes; all when empty. */
  ids?: string[];
  /** Per-exercise limit for running its checks, once they are loaded (loading gets 5 s more). */
  timeoutMs?: number;
  /** Worker threads running checks at once. */
  concurrency?: number;
  /** Run the checks of untouched starters too (the kit's own test of its starters). */
  runUntouched?: boolean;
  /** Defaults to <root>/grader/manifest.json. */
  manifestPath?: string;
  /** Reuse a type-check worker across gradings (watch mode); one is made and closed otherwise. */
  typecheck?: TypecheckService;
  /** Hands out a started worker (watch mode keeps a spare one warm). */
  takeWorker?: () => Promise<Worker>;
}

export const DEFAULT_TIMEOUT_MS = 3000;
/** A timed-out exercise is run once more, alone, with this many times the limit. */
export const RETRY_FACTOR = 4;

/** Modules whose warmUp() each engine worker runs before its first check (exercises/support/warm-up.ts). */
export function preloadFiles(root: string): string[] {
  const warmUp = join(root, 'exercises', 'support', 'warm-up.ts');
  return existsSync(warmUp) ? [pathToFileURL(warmUp).href] : [];
}

/** Declarations every learner file is checked with (exercises/support/globals.d.ts: `console`). */
export function ambientFiles(root: string): string[] {
  const globals = join(root, 'exercises', 'support', 'globals.d.ts');
  return existsSync(globals) ? [globals] : [];
}

interface Inspected {
  meta: ExerciseMeta;
  dir: string;
  starterPath: string;
  starter: 'missing' | 'untouched' | 'changed';
  testsModified: boolean;
  testFiles: string[];
}

function inspect(root: string, meta: ExerciseMeta, pristine: Manifest): Inspected {
  const dir = join(root, 'exercises', meta.id);
  const hashes = pristine.exercises[meta.id];
  // Never "run make-manifest" here: that would bless whatever is on disk, a learner's edits included.
  if (!hashes) throw new Error(`${meta.id} is not in grader/manifest.json: restore the kit's grader/ and exercises/exercises.json from the shipped copy (\`git checkout -- grader exercises/exercises.json\`)`);
  const starterPath = join(dir, meta.starter);
  const starterHash = fileSha256(starterPath);
  const starter = starterHash === undefined ? 'missing' : starterHash === hashes.starterSha256 ? 'untouched' : 'changed';
  const pristineTests = Object.keys(hashes.tests);
  const present = existsSync(dir) ? testFilesIn(dir) : [];
  const testsModified =
    pristineTests.some((f) => fileSha256(join(dir, f)) !== hashes.tests[f]) ||
    present.some((f) => !(f in hashes.tests));
  // Only the manifest's test files run: an added test file cannot replace the real checks.
  const testFiles = pristineTests.filter((f) => present.includes(f)).map((f) => join(dir, f));
  return { meta, dir, starterPath, starter, testsModified, testFiles };
}

export async function gradeExercises(options: GradeOptions): Promise<ExerciseReport[]> {
  const { root } = options;
  const manifest = loadManifest(options.manifestPath ?? join(root, 'grader', 'manifest.json'));
  const chosen = selectExercises(loadMetadata(root), options.ids ?? []).map((m) => inspect(root, m, manifest));

  // Command files are not TypeScript; untouched starters compile by construction.
  const toCheck = chosen.filter((e) => e.meta.kind !== 'command' && e.starter === 'changed');
  const ambient = ambientFiles(root);
  const cache = new TypecheckCache(root);
  const known = new Map<string, string[]>();
  const misses: { id: string; path: string; key: string }[] = [];
  for (const e of toCheck) {
    const key = typecheckKey(root, e.dir, ambient);
    const hit = cache.get(e.meta.id, key);
    if (hit) known.set(e.starterPath, hit);
    else misses.push({ id: e.meta.id, path: e.starterPath, key });
  }
  const service = options.typecheck ?? new TypecheckService();
  const typeErrorsPromise = service
    .check(misses.map((m) => m.path), ambient)
    .then((results) => {
      for (const m of misses) {
        const messages = results.find((r) => r.file === m.path)?.messages ?? [];
        cache.set(m.id, m.key, messages);
        known.set(m.path, messages);
      }
      if (misses.length > 0) cache.save();
      return known;
    })
    .finally(() => (options.typecheck ? undefined : service.close()));

  // Not started, checks pristine: the names are all the report needs, and no worker is started.
  const listedOnly = (e: Inspected) => e.starter === 'untouched' && !e.testsModified && options.runUntouched !== true;
  const jobs = chosen
    .filter((e) => e.starter !== 'missing' && e.testFiles.length > 0 && !listedOnly(e))
    .map((e) => {
      const run = e.starter === 'changed' || options.runUntouched === true;
      return {
        key: e.meta.id,
        job: { kind: 'tests' as const, testFiles: e.testFiles, run },
        // Checks that import the commands runner drive the simulated host (see test-pool.ts).
        engine: run && e.testFiles.some((f) => readFileSync(f, 'utf8').includes('support/commands')),
      };
    });
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const preload = jobs.some((j) => j.engine) ? preloadFiles(root) : [];
  const [typeErrors, runs] = await Promise.all([
    typeErrorsPromise,
    runJobs(jobs, {
      size: options.concurrency ?? 2,
      timeoutMs,
      preload,
      ...(options.takeWorker ? { takeWorker: options.takeWorker } : {}),
    }),
  ]);
  // A busy machine (other programs on two cores) can overrun the limit with correct code: what
  // timed out runs once more, alone, with RETRY_FACTOR times the limit, before it is a timeout.
  const timedOut = jobs.filter((j) => runs.get(j.key)?.outcome === 'timeout');
  if (timedOut.length > 0) {
    const again = await runJobs(timedOut, { size: 1, timeoutMs: timeoutMs * RETRY_FACTOR, preload });
    for (const [key, result] of again) runs.set(key, result);
  }

  const gradedAt = new Date().toISOString();
  return chosen.map((e) => {
    const run: RunResult | undefined = runs.get(e.meta.id);
    const errors = typeErrors.get(e.starterPath) ?? [];
    const decided = decide({ starter: e.starter, starterFile: `exercises/${e.meta.id}/${e.meta.starter}`, typeErrors: errors, run });
    const { status } = decided;
    const report: ExerciseReport = {
      id: e.meta.id,
      title: e.meta.title,
      kind: e.meta.kind,
      status,
      points: pointsFor(status, e.testsModified, e.meta.points),
      maxPoints: e.meta.points,
      testsModified: e.testsModified,
      tests: listedOnly(e)
        ? e.testFiles.flatMap((f) => staticTestNames(readFileSync(f, 'utf8'))).map((name) => ({ name, status: 'skipped' as const }))
        : run?.tests ?? [],
      gradedAt,
    };
    const message = messageFor(decided, e.testsModified);
    if (message) report.message = message;
    return report;
  });
}

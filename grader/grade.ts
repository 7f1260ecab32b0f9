// Grades exercises: inspects files against the manifest, type-checks changed learner files
// and runs every exercise's checks on killable workers, both at once, then decides statuses.
import { randomInt } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { Worker } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { join, relative, sep } from 'node:path';
import { loadManifest, fileSha256, testFilesIn, type Manifest } from './manifest';
import { loadMetadata, loadPublicHelpers, selectExercises, type ExerciseMeta } from './metadata';
import { checkKit, type KitCheck } from './integrity';
import { importRule, staticViolation, type ImportRule } from './import-policy';
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
  /** The seed for checks that draw inputs; a fresh one per run when not given (`--seed=N` replays). */
  seed?: number;
}

/** One grading: the exercises, and what they were graded with. */
export interface GradeRun {
  exercises: ExerciseReport[];
  kit: KitCheck;
  seed: number;
}

/** A seed that fits the report and the command line: a positive 31-bit integer. */
export function newSeed(): number {
  return randomInt(1, 2 ** 31);
}

/** What each exercise's learner files may import (import-policy.ts), for the check workers. */
export function importRulesFor(root: string, exercises: ExerciseMeta[]): ImportRule[] {
  const helpers = loadPublicHelpers(root);
  return exercises.map((m) => importRule(root, m, helpers));
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

/** The learner's files of an exercise: every file of its folder but the checks, the README and the hints. */
/** Every file a learner may have written in an exercise's folder, sub-folders included (paths relative to it). */
function learnerFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  // A folder a learner makes (helpers/, notes/) holds files too; reading it as a file crashed the grader (EISDIR).
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .filter((f) => !f.endsWith('.test.ts') && f !== 'README.md' && f !== 'hints.md')
    .sort();
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
  if (!hashes)
    throw new Error(
      `${meta.id} is not in grader/manifest.json: restore the kit's grader/ and exercises/exercises.json from the shipped copy (\`git checkout -- grader exercises/exercises.json\`)`,
    );
  const starterPath = join(dir, meta.starter);
  const starterHash = fileSha256(starterPath);
  const starter = starterHash === undefined ? 'missing' : starterHash === hashes.starterSha256 ? 'untouched' : 'changed';
  const pristineTests = Object.keys(hashes.tests);
  const present = existsSync(dir) ? testFilesIn(dir) : [];
  const testsModified =
    pristineTests.some((f) => fileSha256(join(dir, f)) !== hashes.tests[f]) || present.some((f) => !(f in hashes.tests));
  // Only the manifest's test files run: an added test file cannot replace the real checks.
  const testFiles = pristineTests.filter((f) => present.includes(f)).map((f) => join(dir, f));
  return { meta, dir, starterPath, starter, testsModified, testFiles };
}

export async function gradeExercises(options: GradeOptions): Promise<ExerciseReport[]> {
  return (await gradeRun(options)).exercises;
}

export async function gradeRun(options: GradeOptions): Promise<GradeRun> {
  const { root } = options;
  const manifest = loadManifest(options.manifestPath ?? join(root, 'grader', 'manifest.json'));
  const all = loadMetadata(root);
  // Before anything runs: the kit's own files against git's HEAD (integrity.ts).
  const kit = checkKit(root, all);
  const seed = options.seed ?? newSeed();
  const chosen = selectExercises(all, options.ids ?? []).map((m) => inspect(root, m, manifest));
  const rules = new Map(
    importRulesFor(
      root,
      chosen.map((e) => e.meta),
    ).map((r, i) => [chosen[i]!.meta.id, r]),
  );
  // A learner's file that imports what its exercise does not allow is an error before any check runs.
  const violations = new Map<string, string>();
  for (const e of chosen) {
    if (e.meta.kind === 'command' || e.starter !== 'changed') continue;
    for (const f of learnerFiles(e.dir).filter((f) => f.endsWith('.ts'))) {
      const why = staticViolation(join(e.dir, f), rules.get(e.meta.id)!);
      if (why) {
        violations.set(e.meta.id, why);
        break;
      }
    }
  }

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
    .check(
      misses.map((m) => m.path),
      ambient,
    )
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
    .filter((e) => e.starter !== 'missing' && e.testFiles.length > 0 && !listedOnly(e) && !violations.has(e.meta.id))
    .map((e) => {
      const run = e.starter === 'changed' || options.runUntouched === true;
      return {
        key: e.meta.id,
        job: { kind: 'tests' as const, testFiles: e.testFiles, run, seed },
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
      importRules: [...rules.values()],
      ...(options.takeWorker ? { takeWorker: options.takeWorker } : {}),
    }),
  ]);
  // A busy machine (other programs on two cores) can overrun the limit with correct code: what
  // timed out runs once more, alone, with RETRY_FACTOR times the limit, before it is a timeout.
  const timedOut = jobs.filter((j) => runs.get(j.key)?.outcome === 'timeout');
  if (timedOut.length > 0) {
    const again = await runJobs(timedOut, { size: 1, timeoutMs: timeoutMs * RETRY_FACTOR, preload, importRules: [...rules.values()] });
    for (const [key, result] of again) runs.set(key, result);
  }

  const gradedAt = new Date().toISOString();
  const exercises = chosen.map((e) => {
    const run: RunResult | undefined = runs.get(e.meta.id);
    const errors = typeErrors.get(e.starterPath) ?? [];
    const violation = violations.get(e.meta.id);
    const decided = decide({
      starter: e.starter,
      starterFile: `exercises/${e.meta.id}/${e.meta.starter}`,
      typeErrors: errors,
      run,
      ...(violation ? { importViolation: violation } : {}),
    });
    const { status } = decided;
    const kitModified = kit.touches[e.meta.id] ?? [];
    const report: ExerciseReport = {
      id: e.meta.id,
      title: e.meta.title,
      kind: e.meta.kind,
      status,
      points: pointsFor(status, e.testsModified || kitModified.length > 0, e.meta.points),
      maxPoints: e.meta.points,
      testsModified: e.testsModified,
      ...(kitModified.length > 0 ? { kitModified } : {}),
      files: Object.fromEntries(learnerFiles(e.dir).map((f) => [`exercises/${e.meta.id}/${f}`, fileSha256(join(e.dir, f)) ?? ''])),
      tests: listedOnly(e)
        ? e.testFiles.flatMap((f) => staticTestNames(readFileSync(f, 'utf8'))).map((name) => ({ name, status: 'skipped' as const }))
        : (run?.tests ?? []),
      gradedAt,
    };
    const message = messageFor(decided, e.testsModified, kitModified);
    if (message) report.message = message;
    return report;
  });
  return { exercises, kit, seed };
}

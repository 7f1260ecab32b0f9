// The instructor's class re-grade: a pristine kit from this checkout's committed state (`git
// archive HEAD`), then per submission a fresh copy of its exercises/ with only the learner's
// starters written in, graded by the pristine grader, on a bounded pool. Nothing a learner sent
// but their starters is used; temporary copies live under the OS temp folder and are removed.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { GradeOptions, GradeRun } from '../grade';
import type { ExerciseMeta } from '../metadata';
import { loadMetadata } from '../metadata';
import type { TypecheckService } from '../typecheck-service';
import { bundleEngine } from './engine-bundle';
import { BrokenSubmission, DEFAULT_LIMITS, type Limits } from './limits';
import { learnerName, readSubmission } from './submission';

export interface LearnerResult {
  learner: string;
  /** The submission's file or folder name. */
  source: string;
  /** Why the submission could not be graded; absent when it was. */
  broken?: string;
  total: number;
  exercises: { id: string; status: string; points: number; maxPoints: number; failing: string[] }[];
}

export interface ClassResult {
  commit: string;
  seed: number;
  gradedAt: string;
  maxScore: number;
  exercises: Pick<ExerciseMeta, 'id' | 'title' | 'points'>[];
  learners: LearnerResult[];
}

/**
 * The committed kit, unpacked from `git archive HEAD` with node_modules linked (the lockfile's
 * packages), its engine bundled into one module (engine-bundle.ts: each submission's fresh worker
 * loads it in a tenth of the time).
 */
export function pristineKit(root: string, into: string): string {
  const commit = execFileSync('git', ['-C', root, 'rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  const dir = join(into, 'pristine');
  mkdirSync(dir, { recursive: true });
  const tar = execFileSync(
    'git',
    ['-C', root, 'archive', '--format=tar', 'HEAD', '--', 'grader', 'engine', 'exercises', 'package.json', 'tsconfig.json'],
    {
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  execFileSync('tar', ['-x', '-C', dir], { input: tar });
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  bundleEngine(dir);
  return commit;
}

/** A fresh kit for one learner: the pristine exercises/ copied, everything else linked to the pristine kit. */
function learnerKit(pristine: string, dir: string, files: Map<string, Buffer>): void {
  mkdirSync(dir, { recursive: true });
  for (const name of readdirSync(pristine)) {
    if (name === 'exercises') cpSync(join(pristine, name), join(dir, name), { recursive: true });
    else symlinkSync(join(pristine, name), join(dir, name));
  }
  for (const [path, bytes] of files) writeFileSync(join(dir, path), bytes);
}

export interface RegradeOptions {
  /** The checkout whose committed state grades (its HEAD). */
  root: string;
  /** Folder of submissions: one folder, .zip or .tar.gz per learner. */
  folder: string;
  seed: number;
  timeoutMs?: number;
  /** Submissions graded at once; defaults to the machine's parallelism. */
  pool?: number;
  limits?: Limits;
  /** Only these exercises (ids or numbers), all when absent: the kit's own tests grade a few. */
  ids?: string[];
  onProgress?: (line: string) => void;
}

export async function regradeClass(options: RegradeOptions): Promise<ClassResult> {
  const tmp = mkdtempSync(join(tmpdir(), 'grade-class-'));
  try {
    const commit = pristineKit(options.root, tmp);
    const pristine = join(tmp, 'pristine');
    const meta = loadMetadata(pristine);
    // The pristine grader grades: nothing of this checkout's working tree is used.
    const grader = (await import(pathToFileURL(join(pristine, 'grader', 'grade.ts')).href)) as {
      gradeRun: (o: GradeOptions) => Promise<GradeRun>;
    };
    const { TypecheckService: Service } = (await import(pathToFileURL(join(pristine, 'grader', 'typecheck-service.ts')).href)) as {
      TypecheckService: new () => TypecheckService;
    };
    const typecheck = new Service();
    const entries = readdirSync(options.folder)
      .filter((n) => !n.startsWith('.'))
      .sort();
    const limits = options.limits ?? DEFAULT_LIMITS;
    const graded = options.ids ? meta.filter((m) => options.ids!.some((w) => m.id.startsWith(w))) : meta;
    const maxScore = graded.reduce((s, m) => s + m.points, 0);
    const results: LearnerResult[] = new Array<LearnerResult>(entries.length);
    let next = 0;
    let done = 0;
    const started = performance.now();
    const gradeOne = async (index: number, slot: number): Promise<void> => {
      const source = entries[index]!;
      const learner = learnerName(source);
      const result: LearnerResult = { learner, source, total: 0, exercises: [] };
      try {
        const { files } = readSubmission(join(options.folder, source), meta, limits);
        // One folder per pool slot, emptied and rewritten for each submission it grades: the same
        // paths each time let tsx's transform cache and the type checker's parsed files serve the
        // pristine checks and support files again (their cache keys hold the path). Each submission
        // still gets its own fresh worker, so nothing a learner's code did carries over.
        const kit = join(tmp, 'learners', String(slot));
        rmSync(kit, { recursive: true, force: true });
        learnerKit(pristine, kit, files);
        const run = await grader.gradeRun({
          root: kit,
          seed: options.seed,
          timeoutMs: options.timeoutMs ?? 3000,
          concurrency: 1,
          typecheck,
          ...(options.ids ? { ids: options.ids } : {}),
        });
        result.exercises = run.exercises.map((e) => ({
          id: e.id,
          status: e.status,
          points: e.points,
          maxPoints: e.maxPoints,
          failing: [
            ...(e.message ? [e.message] : []),
            ...e.tests.filter((t) => t.status === 'failed').map((t) => `${t.name}: ${t.message ?? 'failed'}`),
          ],
        }));
        result.total = run.exercises.reduce((s, e) => s + e.points, 0);
      } catch (error) {
        result.broken =
          error instanceof BrokenSubmission
            ? error.message
            : `could not be graded: ${error instanceof Error ? error.message : String(error)}`;
      }
      results[index] = result;
      done++;
      const secs = ((performance.now() - started) / 1000).toFixed(1);
      options.onProgress?.(
        `[${done}/${entries.length}] ${learner}: ${result.broken ? `not graded (${result.broken})` : `${result.total}/${maxScore}`} (${secs} s)`,
      );
    };
    const size = Math.max(1, Math.min(options.pool ?? availableParallelism(), entries.length));
    await Promise.all(
      Array.from({ length: size }, async (_, slot) => {
        while (next < entries.length) await gradeOne(next++, slot);
      }),
    );
    await typecheck.close();
    return {
      commit,
      seed: options.seed,
      gradedAt: new Date().toISOString(),
      maxScore,
      exercises: graded.map((m) => ({ id: m.id, title: m.title, points: m.points })),
      learners: results,
    };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

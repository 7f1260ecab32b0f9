// Temporary kits for the grader's tests: a folder outside the repository holding a copy of
// some exercises, with the repository's grader/, engine/ and node_modules/ linked in so the
// copied checks import them exactly as in the real kit.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, writeManifest } from '../../../grader/manifest';
import { loadMetadata } from '../../../grader/metadata';
import { writeShippedExercises, type ShippedCopy } from '../../../grader/shipped';

export const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const fixtures = fileURLToPath(new URL('../fixtures/', import.meta.url));

export function makeTempRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'grader-test-'));
  writeFileSync(join(root, 'package.json'), '{ "type": "module" }\n');
  for (const linked of ['node_modules', 'grader', 'engine']) {
    if (existsSync(join(repoRoot, linked))) symlinkSync(join(repoRoot, linked), join(root, linked), 'dir');
  }
  return root;
}

/** Renames every `x.txt` under dir to `x` (fixtures carry the suffix to stay out of vitest and tsc). */
function dropTxtSuffix(dir: string): void {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) dropTxtSuffix(path);
    else if (name.endsWith('.txt')) renameSync(path, path.slice(0, -'.txt'.length));
  }
}

/**
 * A kit holding one copy of the fixture exercise per scenario id (e.g. "02-pass"), with
 * exercises.json, the ambient globals, and a manifest of the pristine state at <root>/manifest.json.
 */
export function scenarioKit(ids: string[]): { root: string; manifestPath: string; dir: (id: string) => string } {
  const root = makeTempRoot();
  const dir = (id: string): string => join(root, 'exercises', id);
  for (const id of ids) {
    cpSync(join(fixtures, 'exercise'), dir(id), { recursive: true });
    dropTxtSuffix(dir(id));
    mkdirSync(join(root, 'solutions', id), { recursive: true });
    cpSync(variantPath('pass'), join(root, 'solutions', id, 'add.ts'));
  }
  mkdirSync(join(root, 'exercises', 'support'), { recursive: true });
  cpSync(join(fixtures, 'globals.d.ts.txt'), join(root, 'exercises', 'support', 'globals.d.ts'));
  const exercises = ids.map((id) => ({ id, title: `fixture ${id}`, section: 'fixture', points: 5, kind: 'code', starter: 'add.ts' }));
  writeFileSync(join(root, 'exercises', 'exercises.json'), JSON.stringify({ exercises }, null, 2));
  const manifestPath = join(root, 'manifest.json');
  writeManifest(manifestPath, buildManifest(root, loadMetadata(root)));
  return { root, manifestPath, dir };
}

/** A variant of the fixture's learner file, by name (fixtures/variants/<name>.ts.txt). */
export function variantPath(name: string): string {
  return join(fixtures, 'variants', `${name}.ts.txt`);
}

/**
 * A copy of the kit's exercises as shipped (grader/shipped.ts: from git's objects, never the
 * starters a learner edits); with `solutions` the shipped reference solutions overwrite the starters.
 */
export function kitCopy(options: { solutions: boolean; from?: string }): { root: string; shipped: ShippedCopy } {
  const root = makeTempRoot();
  const shipped = writeShippedExercises(options.from ?? repoRoot, root);
  if (options.solutions) cpSync(join(root, 'solutions'), join(root, 'exercises'), { recursive: true });
  return { root, shipped };
}

export function removeTempRoot(root: string): void {
  rmSync(root, { recursive: true, force: true });
}

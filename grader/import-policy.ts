// What a learner's file may import, per exercise, from exercises/exercises.json: its own folder,
// the kit-wide public helpers (`learnerImports`, e.g. exercises/support/todo.ts) and the exercise's
// own `imports` (packages such as "@noble/hashes" or built-ins such as "node:crypto"). Enforced twice:
// statically before grading (a clear `error` without running anything) and at run time by the
// resolve hook in import-guard.mjs (which also sees dynamic imports).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolveRelative, specifiersIn } from './import-closure';
import type { ExerciseMeta } from './metadata';

export interface ImportRule {
  /** file URL of the exercise folder, ending in `/`. */
  dir: string;
  /** file URLs of the public helpers. */
  files: string[];
  /** Bare specifiers (packages, `node:` built-ins) allowed, with their subpaths. */
  packages: string[];
  /** For messages: what is allowed, in words. */
  label: string;
}

/** Reaching the grader's internals without an import: refused in learners' source text. */
const FORBIDDEN = [
  { pattern: /\bgetBuiltinModule\b/, what: 'process.getBuiltinModule' },
  { pattern: /\bprocess\s*\.\s*binding\b/, what: 'process.binding' },
  { pattern: /Symbol\s*\.\s*for\s*\(\s*['"`]image-is-not-a-container\.grader/, what: "the grader's global symbols" },
];

export function importRule(root: string, meta: ExerciseMeta, publicHelpers: string[]): ImportRule {
  const packages = meta.imports ?? [];
  const label = [`files of its own folder (exercises/${meta.id}/)`, ...publicHelpers, ...packages.map((p) => `"${p}"`)].join(', ');
  return {
    dir: pathToFileURL(join(root, 'exercises', meta.id)).href + '/',
    files: publicHelpers.map((p) => pathToFileURL(join(root, p)).href),
    packages,
    label,
  };
}

/** The first import (or forbidden construct) in a learner's file that the rule does not allow, as a message. */
export function staticViolation(file: string, rule: ImportRule): string | undefined {
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const shown = file.slice(file.lastIndexOf('/exercises/') + 1);
  for (const f of FORBIDDEN) if (f.pattern.test(source)) return `${shown} uses ${f.what}, which a learner's file may not use`;
  // Type-only imports are erased before the code runs: they reach nothing.
  const code = source.replace(/\b(?:import|export)\s+type\s[^;]*?from\s*['"][^'"]+['"]/g, '');
  for (const spec of specifiersIn(code)) {
    if (spec.startsWith('.')) {
      const target = resolveRelative(file, spec);
      const url = target ? pathToFileURL(target).href : '';
      if (target && ((url.startsWith(rule.dir) && !url.endsWith('.test.ts')) || rule.files.includes(url))) continue;
      if (!target) continue; // a missing file is the loader's error, said in its own words
    } else if (rule.packages.some((p) => spec === p || spec.startsWith(`${p}/`))) continue;
    return `${shown} imports "${spec}", which this exercise does not allow: a learner's file may import ${rule.label}. Write the code yourself instead of reusing the engine or the grader.`;
  }
  return undefined;
}

// The exercises' metadata (exercises/exercises.json): order, title, talk section, points, kind.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export type ExerciseKind = 'command' | 'quiz' | 'code';

export interface ExerciseMeta {
  /** Folder name under exercises/, e.g. "05-cheat-sheet"; the two digits give the order. */
  id: string;
  title: string;
  /** The section of the talk the exercise drills. */
  section: string;
  /** Maximum points; awarded when every check passes. */
  points: number;
  kind: ExerciseKind;
  /** The one file the learner edits, relative to the exercise folder. */
  starter: string;
  /** Packages and built-ins the learner's file may import besides its folder and the public helpers (import-policy.ts). */
  imports?: string[];
}

const KINDS: readonly ExerciseKind[] = ['command', 'quiz', 'code'];

export function metadataPath(root: string): string {
  return join(root, 'exercises', 'exercises.json');
}

export function loadMetadata(root: string): ExerciseMeta[] {
  const raw: unknown = JSON.parse(readFileSync(metadataPath(root), 'utf8'));
  const list = (raw as { exercises?: unknown }).exercises;
  if (!Array.isArray(list)) throw new Error(`${metadataPath(root)}: expected { "exercises": [...] }`);
  return list.map((entry: unknown, index) => validate(entry, index));
}

/** The kit-wide helpers every learner file may import (`learnerImports` in exercises.json), paths from the root. */
export function loadPublicHelpers(root: string): string[] {
  const raw = JSON.parse(readFileSync(metadataPath(root), 'utf8')) as { learnerImports?: unknown };
  const list = raw.learnerImports ?? ['exercises/support/todo.ts'];
  if (!Array.isArray(list) || !list.every((p): p is string => typeof p === 'string'))
    throw new Error(`${metadataPath(root)}: "learnerImports" must be a list of paths`);
  return list;
}

function validate(entry: unknown, index: number): ExerciseMeta {
  const e = entry as Partial<Record<keyof ExerciseMeta, unknown>>;
  const where = `exercises.json entry ${index}`;
  for (const key of ['id', 'title', 'section', 'starter'] as const) {
    if (typeof e[key] !== 'string' || e[key] === '') throw new Error(`${where}: "${key}" must be a non-empty string`);
  }
  if (typeof e.points !== 'number' || !(e.points > 0)) throw new Error(`${where}: "points" must be a positive number`);
  if (!KINDS.includes(e.kind as ExerciseKind)) throw new Error(`${where}: "kind" must be one of ${KINDS.join(', ')}`);
  if (e.imports !== undefined && !(Array.isArray(e.imports) && e.imports.every((i) => typeof i === 'string'))) {
    throw new Error(`${where}: "imports" must be a list of package names`);
  }
  return e as ExerciseMeta;
}

/** Picks exercises by id or by number prefix ("5", "05", "05-cheat"); throws on no match. */
export function selectExercises(all: ExerciseMeta[], wanted: string[]): ExerciseMeta[] {
  if (wanted.length === 0) return all;
  return wanted.map((w) => {
    const key = /^\d$/.test(w) ? `0${w}` : w;
    const found = all.find((e) => e.id === key || e.id.startsWith(`${key}-`) || e.id.startsWith(key));
    if (!found) throw new Error(`no exercise matches "${w}"; known: ${all.map((e) => e.id).join(', ')}`);
    return found;
  });
}

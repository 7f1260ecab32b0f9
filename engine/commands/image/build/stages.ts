// Build stages: every FROM starts one (`FROM node:24 AS build`). BuildKit solves only the stages
// the target needs (the last stage unless --target): its own, those it starts FROM, and those it
// COPY --from's (dockerfile2llb: "stages that are not needed are skipped").
import { expandVars, shellWords, type Instruction } from './dockerfile';
import { BuildFailure, buildError } from './errors';

export interface Stage {
  index: number;
  from: Instruction;
  /** What FROM names: an image reference, "scratch", or an earlier stage's name. */
  base: string;
  /** The AS name, lower-cased; undefined when unnamed. */
  name: string | undefined;
  steps: Instruction[];
}

/** The stage's name in progress lines: its AS name, or "stage-N" (dockerfile2llb). */
export const displayName = (s: Stage) => s.name ?? `stage-${s.index}`;

const VALID_NAME = /^[a-z][a-z0-9-_.]*$/;

/** Splits at each FROM; `instructions` starts at the first FROM. */
export function splitStages(instructions: readonly Instruction[], metaArgs: ReadonlyMap<string, string>): Stage[] {
  const stages: Stage[] = [];
  for (const ins of instructions) {
    if (ins.keyword !== 'FROM') {
      stages[stages.length - 1]!.steps.push(ins);
      continue;
    }
    const words = shellWords(expandVars(ins.args, metaArgs));
    let name: string | undefined;
    if (words.length === 3 && words[1]!.toLowerCase() === 'as') {
      name = words[2]!.toLowerCase();
      if (!VALID_NAME.test(name)) {
        throw new BuildFailure(buildError.parseError(ins.startLine, buildError.invalidStageName(words[2]!)), {
          start: ins.startLine,
          end: ins.endLine,
        });
      }
    } else if (words.length !== 1) {
      throw new BuildFailure(buildError.parseError(ins.startLine, buildError.fromArguments()), { start: ins.startLine, end: ins.endLine });
    }
    stages.push({ index: stages.length, from: ins, base: words[0]!, name, steps: [] });
  }
  return stages;
}

/** The stage a FROM or --from names: by AS name, or by index for --from=0. */
export function findStage(stages: readonly Stage[], ref: string, before: number): Stage | undefined {
  const byName = stages.find((s) => s.index < before && s.name === ref.toLowerCase());
  if (byName) return byName;
  if (/^\d+$/.test(ref) && Number(ref) < before) return stages[Number(ref)];
  return undefined;
}

/** The target and the stages it depends on, in file order. */
export function neededStages(stages: readonly Stage[], target: Stage): Stage[] {
  const needed = new Set<number>();
  const visit = (s: Stage) => {
    if (needed.has(s.index)) return;
    needed.add(s.index);
    const base = findStage(stages, s.base, s.index);
    if (base) visit(base);
    for (const ins of s.steps) {
      const from = ins.flags.from;
      const dep = from === undefined ? undefined : findStage(stages, from, s.index);
      if (dep) visit(dep);
    }
  };
  visit(target);
  return stages.filter((s) => needed.has(s.index));
}

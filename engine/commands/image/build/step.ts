// One numbered step (RUN, COPY, ADD, WORKDIR): looked up in the cache first; on a miss it runs,
// and what it changed becomes a layer. Its vertex is what the progress display shows.
import { quote } from 'shell-quote';
import type { Daemon } from '../../../daemon/daemon';
import { FsError } from '../../../model/cow';
import type { LayerEntry } from '../../../model/entry';
import { createImage } from '../../../model/image';
import { createGrownLayer, type Layer } from '../../../model/layer';
import { stepKey } from './cache';
import { isSingleFile, selectSources, sourcesChecksum, type BuildContext, type Source } from './context';
import { expandVars, shellWords, type Instruction } from './dockerfile';
import { BuildFailure, buildError } from './errors';
import { copyFiles, makeWorkdir, selectFromLayers } from './file-ops';
import type { Vertex } from './progress';
import { runStep } from './run-step';
import { fillHistoryTimes, HISTORY_COMMENT, varsOf, type StageState } from './stage';

export interface StepEnv {
  state: Daemon;
  context: BuildContext;
  noCache: boolean;
  vertices: Vertex[];
  /** What `--from=<x>` copies from: an earlier stage's (or an image's) key and layers. */
  copySource(from: string, ins: Instruction): { key: string; layers: readonly Layer[] };
}

const linesOf = (ins: Instruction) => ({ start: ins.startLine, end: ins.endLine });

export function fileStep(env: StepEnv, current: StageState, ins: Instruction, label: string): StageState {
  const vars = varsOf(current);
  const flagText = Object.entries(ins.flags)
    .map(([k, v]) => `--${k}=${v} `)
    .join('');
  const shownArgs = ins.keyword === 'RUN' ? ins.args : expandVars(ins.args, vars);
  const text = `${ins.keyword} ${flagText}${shownArgs}`;
  const vertex: Vertex = { name: `${label} ${text}` };
  env.vertices.push(vertex);
  const fail = (reason: string, logs?: string[]): never => {
    vertex.error = true;
    if (logs) vertex.logs = logs;
    throw new BuildFailure(reason, linesOf(ins));
  };

  let extra = '';
  let copyPlan: Parameters<typeof copyFiles>[2] | undefined;
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    const words = ins.json ?? shellWords(shownArgs);
    const srcs = words.slice(0, -1);
    const dest = words[words.length - 1]!;
    if (srcs.some((s) => /^https?:\/\//.test(s))) fail(buildError.notModelled('ADD from a URL'));
    const from = ins.flags.from === undefined ? undefined : env.copySource(ins.flags.from, ins);
    const sources = srcs.map((src) => {
      const files: Source[] | undefined = from ? selectFromLayers(from.layers, src) : selectSources(env.context, src);
      if (!files) return fail(buildError.copyMissing(src.replace(/^\.?\//, '')));
      const singleFile = from ? files.length === 1 && files[0]!.rel === src.replace(/^\/+/, '') : isSingleFile(env.context, src);
      return { files, singleFile };
    });
    copyPlan = { sources, dest };
    extra = `${from ? `${from.key}\n` : ''}${sourcesChecksum(sources.flatMap((s) => s.files))}`;
  }

  const key = stepKey(current.key, text, extra);
  const hit = env.noCache ? undefined : env.state.reuseBuildStep<StageState>(key);
  if (hit) {
    vertex.cached = true;
    return hit;
  }

  const now = new Date(env.state.now()).toISOString();
  const config = { ...current.config };
  let changeset: ReadonlyMap<string, LayerEntry>;
  let extraBytes = 0;
  let createdBy: string;
  if (ins.keyword === 'RUN') {
    const argv = ins.json ?? ['/bin/sh', '-c', ins.args];
    // Exec form runs without a shell: single-quoting every word keeps `$X` and `>` literal.
    const script = ins.json ? quote(ins.json) : ins.args;
    const history = fillHistoryTimes(current.history);
    const image = createImage({ created: history[history.length - 1]?.created ?? now, config, layers: current.layers, history });
    const outcome = runStep({
      image,
      id: key,
      script,
      env: config.Env ?? [],
      vars: ins.json ? undefined : vars,
      workingDir: config.WorkingDir ?? '/',
    });
    if (outcome.exitCode !== 0) fail(buildError.processFailed(argv, outcome.exitCode), outcome.log);
    // Plain progress shows a step's output even when it succeeds ("Use plain to show container output").
    if (outcome.log.length) vertex.logs = outcome.log;
    changeset = outcome.changeset;
    extraBytes = outcome.extraBytes;
    // dockerfile2llb runCommandString: declared build args go in front as "|N k=v".
    const argsPrefix = current.args.size ? `|${current.args.size} ${[...current.args].map(([k, v]) => `${k}=${v}`).join(' ')} ` : '';
    createdBy = `RUN ${argsPrefix}${argv.join(' ')} # buildkit`;
  } else if (ins.keyword === 'WORKDIR') {
    const dir = expandVars(ins.args, vars);
    const abs = dir.startsWith('/') ? dir : `${config.WorkingDir ?? '/'}/${dir}`;
    config.WorkingDir = abs.replace(/\/+/g, '/').replace(/(.)\/$/, '$1');
    changeset = safely(() => makeWorkdir(current.layers, config.WorkingDir!), fail);
    createdBy = `WORKDIR ${config.WorkingDir}`;
  } else {
    changeset = safely(() => copyFiles(current.layers, config.WorkingDir ?? '/', copyPlan!), fail);
    createdBy = `${ins.keyword} ${shellWords(shownArgs).join(' ')} # buildkit`;
  }

  // BuildKit drops a layer with no changes and marks its history entry empty (exporter writer.go).
  const layer = changeset.size === 0 ? undefined : createGrownLayer(changeset, extraBytes);
  const next: StageState = {
    ...current,
    key,
    config,
    layers: layer ? [...current.layers, layer] : current.layers,
    history: [
      ...current.history,
      { ...(layer ? { created: now } : {}), created_by: createdBy, comment: HISTORY_COMMENT, ...(layer ? {} : { empty_layer: true }) },
    ],
  };
  env.state.rememberBuildStep(key, next);
  return next;
}

/** A write that meets a file where a directory is needed fails the step, as BuildKit's FileOp does. */
function safely<T>(op: () => T, fail: (reason: string) => never): T {
  try {
    return op();
  } catch (e) {
    if (e instanceof FsError) return fail(buildError.notADirectory(e.path));
    throw e;
  }
}

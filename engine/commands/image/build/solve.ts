// One build, start to end: read the Dockerfile, resolve the base image, run each step (or take it
// from the cache), export the image. It returns what the progress display shows (vertices) and
// either the image or the reason the solve failed; build.ts turns that into the CLI's streams.
import { CliError } from '../../../errors/cli-error';
import type { HostState } from '../../../host-state';
import { byteLength } from '../../../model/digest';
import { FsError } from '../../../model/cow';
import { createImage, type Image } from '../../../model/image';
import { createLayer, contentBytes } from '../../../model/layer';
import type { LayerEntry } from '../../../model/entry';
import { familiarName, fullString, parseReference, type Reference } from '../../../model/reference';
import { repositoryExists } from '../../../registry/index';
import { pullReference } from '../pull-core';
import { lookup, remember, stepKey } from './cache';
import { contextBytes, isSingleFile, selectSources, sourcesChecksum, type BuildContext } from './context';
import { DockerfileError, expandVars, parseDockerfile, shellWords, type Instruction } from './dockerfile';
import { buildError } from './errors';
import { copyFiles, makeWorkdir } from './file-steps';
import { lintWarnings } from './lint';
import type { Vertex } from './progress';
import { runStep } from './run-step';
import { applyMetadata, fillHistoryTimes, HISTORY_COMMENT, varsOf, type StageState } from './stage';

export interface BuildRequest {
  state: HostState;
  /** The Dockerfile's name as BuildKit shows it ("Dockerfile"). */
  dockerfileName: string;
  /** Its text, or undefined when the file does not exist. */
  dockerfile: string | undefined;
  context: BuildContext;
  /** The names the exporter reports ("docker.io/library/myapp", "docker.io/library/myapp:v2"). */
  names: string[];
  noCache: boolean;
  buildArgs: ReadonlyMap<string, string>;
}

export type BuildOutcome = { vertices: Vertex[]; warnings: string[] } & (
  | { ok: true; image: Image; baseId: string | undefined }
  | { ok: false; reason: string; lines?: { start: number; end: number } }
);

class SolveError extends Error {
  constructor(readonly reason: string, readonly lines?: { start: number; end: number }) {
    super(reason);
  }
}

/** The instructions that become numbered steps in the progress display ([2/4] COPY …). */
const FILE_STEPS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const NOT_MODELLED: Record<string, string> = {
  VOLUME: 'VOLUME',
  SHELL: 'SHELL',
  HEALTHCHECK: 'HEALTHCHECK',
  ONBUILD: 'ONBUILD',
  MAINTAINER: 'MAINTAINER',
};

export function solve(req: BuildRequest): BuildOutcome {
  const vertices: Vertex[] = [];
  const warnings: string[] = [];
  try {
    return { ok: true, ...run(req, vertices, warnings), vertices, warnings };
  } catch (e) {
    if (e instanceof SolveError || e instanceof DockerfileError) return { ok: false, vertices, warnings, reason: e.reason, ...(e.lines ? { lines: e.lines } : {}) };
    throw e;
  }
}

const linesOf = (ins: Instruction) => ({ start: ins.startLine, end: ins.endLine });

function run(req: BuildRequest, vertices: Vertex[], warnings: string[]): { image: Image; baseId: string | undefined } {
  const { state } = req;
  const definition: Vertex = {
    name: `[internal] load build definition from ${req.dockerfileName}`,
    // An absent file still transfers an empty directory listing: BuildKit reports 2B.
    statuses: [{ id: 'transferring dockerfile:', bytes: req.dockerfile === undefined ? 2 : byteLength(req.dockerfile) }],
  };
  vertices.push(definition);
  if (req.dockerfile === undefined) throw new SolveError(buildError.dockerfileMissing(req.dockerfileName));
  const instructions = parseDockerfile(req.dockerfile);
  if (instructions.length === 0) throw new SolveError(buildError.dockerfileEmpty());
  warnings.push(...lintWarnings(instructions));
  if (warnings.length) definition.warnings = [...warnings];

  // ARGs before the first FROM only feed FROM lines (Dockerfile reference, "Understand how ARG and FROM interact").
  const metaArgs = new Map<string, string>();
  let index = 0;
  for (; index < instructions.length && instructions[index]!.keyword === 'ARG'; index++) {
    for (const word of shellWords(instructions[index]!.args)) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      const value = req.buildArgs.get(name) ?? (eq === -1 ? undefined : word.slice(eq + 1));
      if (value !== undefined) metaArgs.set(name, value);
    }
  }
  const from = instructions[index];
  if (!from || from.keyword !== 'FROM') throw new SolveError(buildError.noBuildStage(), from ? linesOf(from) : undefined);
  const steps = instructions.slice(index + 1);
  checkArguments(steps);
  const second = steps.find((s) => s.keyword === 'FROM');
  if (second) throw new SolveError(buildError.notModelled('a multi-stage build (a second FROM)'), linesOf(second));

  const fromWords = shellWords(expandVars(from.args, metaArgs));
  const baseInput = fromWords[0] ?? '';
  const base = resolveBase(req, baseInput, from, vertices);
  vertices.push({ name: '[internal] load .dockerignore', statuses: [{ id: 'transferring context:', bytes: req.context.dockerignore === undefined ? 2 : byteLength(req.context.dockerignore) }] });

  const total = 1 + steps.filter((s) => FILE_STEPS.has(s.keyword)).length;
  if (base.image) {
    const shown = base.shownName;
    vertices.push({ name: `[1/${total}] FROM ${shown}`, statuses: [{ id: `resolve ${shown}` }] });
  }
  if (steps.some((s) => (s.keyword === 'COPY' || s.keyword === 'ADD') && !s.flags.from)) {
    vertices.push({ name: '[internal] load build context', statuses: [{ id: 'transferring context:', bytes: contextBytes(req.context) }] });
  }

  let current: StageState = {
    key: (base.image?.id ?? 'scratch').replace(/^sha256:/, ''),
    config: base.image ? { ...base.image.config.config } : { Env: [] },
    layers: base.image?.layers ?? [],
    history: base.image?.config.history ?? [],
    args: new Map(),
    cmdSet: false,
  };
  let number = 1;
  for (const ins of steps) {
    const modelledAs = NOT_MODELLED[ins.keyword];
    if (modelledAs) throw new SolveError(buildError.notModelled(modelledAs), linesOf(ins));
    const meta = applyMetadata(current, ins, req.buildArgs);
    if (meta) {
      // Metadata steps chain the key too: a RUN after a changed ENV must not hit the old cache.
      current = { ...meta, key: stepKey(current.key, meta.history[meta.history.length - 1]!.created_by) };
      continue;
    }
    number++;
    current = fileStep(req, current, ins, `[${number}/${total}]`, vertices);
  }

  const history = fillHistoryTimes(current.history);
  const image = createImage({
    created: history[history.length - 1]?.created ?? new Date(state.now()).toISOString(),
    config: current.config,
    layers: current.layers,
    history,
    ...(base.image ? { parentId: base.image.id } : {}),
  });
  vertices.push({
    name: 'exporting to image',
    statuses: [{ id: 'exporting layers' }, { id: `writing image ${image.id}` }, ...req.names.map((n) => ({ id: `naming to ${n}` }))],
  });
  return { image, baseId: base.image?.id };
}

/** Argument counts BuildKit's instruction parser rejects before anything runs (instructions/parse.go). */
function checkArguments(steps: readonly Instruction[]): void {
  for (const ins of steps) {
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && (ins.json ?? shellWords(ins.args)).length < 2) {
      throw new SolveError(buildError.parseError(ins.startLine, `${ins.keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`), linesOf(ins));
    }
    if (ins.args === '' && !ins.json && ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') {
      throw new SolveError(buildError.parseError(ins.startLine, `${ins.keyword} requires at least one argument`), linesOf(ins));
    }
  }
}

interface Base {
  image: Image | undefined;
  /** "docker.io/library/nginx:1.29@sha256:…" as the FROM vertex names it. */
  shownName: string;
}

function resolveBase(req: BuildRequest, input: string, from: Instruction, vertices: Vertex[]): Base {
  if (input === 'scratch') return { image: undefined, shownName: 'scratch' };
  let ref: Reference;
  try {
    ref = parseReference(input);
  } catch {
    throw new SolveError(`failed to parse stage name "${input}": invalid reference format`, linesOf(from));
  }
  const full = fullString(ref);
  const metadata: Vertex = { name: `[internal] load metadata for ${full}` };
  vertices.push(metadata);
  let image = req.state.findImage(full);
  if (!image) {
    try {
      image = pullReference(req.state, ref).image;
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      metadata.error = true;
      vertices.push({ name: '[internal] load .dockerignore', statuses: [{ id: 'transferring context:', bytes: 2 }] });
      const reason = repositoryExists(ref.path, ref.domain) ? buildError.baseNotFound(input, full) : buildError.baseAccessDenied(full);
      throw new SolveError(reason, linesOf(from));
    }
  }
  const digest = [...(req.state.repoDigests.get(image.id) ?? [])].find((d) => d.startsWith(`${familiarName(ref)}@`))?.split('@')[1];
  return { image, shownName: ref.digest ? full : digest ? `${full}@${digest}` : full };
}

/** RUN, COPY, ADD, WORKDIR: a numbered step that may make a layer, looked up in the cache first. */
function fileStep(req: BuildRequest, current: StageState, ins: Instruction, label: string, vertices: Vertex[]): StageState {
  const vars = varsOf(current);
  const flagText = Object.entries(ins.flags).map(([k, v]) => `--${k}=${v} `).join('');
  const shownArgs = ins.keyword === 'RUN' ? ins.args : expandVars(ins.args, vars);
  const vertex: Vertex = { name: `${label} ${ins.keyword} ${flagText}${shownArgs}` };
  vertices.push(vertex);
  const fail = (reason: string, logs?: string[]): never => {
    vertex.error = true;
    if (logs) vertex.logs = logs;
    throw new SolveError(reason, linesOf(ins));
  };

  let extra = '';
  let copyPlan: Parameters<typeof copyFiles>[2] | undefined;
  if (ins.keyword === 'COPY' || ins.keyword === 'ADD') {
    if (ins.flags.from) fail(buildError.notModelled(`${ins.keyword} --from`));
    const words = ins.json ?? shellWords(shownArgs);
    const srcs = words.slice(0, -1);
    const dest = words[words.length - 1]!;
    if (srcs.some((s) => /^https?:\/\//.test(s))) fail(buildError.notModelled('ADD from a URL'));
    const sources = srcs.map((src) => {
      const files = selectSources(req.context, src);
      if (!files) return fail(buildError.copyMissing(src.replace(/^\.?\//, '')));
      return { files, singleFile: isSingleFile(req.context, src) };
    });
    copyPlan = { sources, dest };
    extra = sourcesChecksum(sources.flatMap((s) => s.files));
  }

  const key = stepKey(current.key, vertex.name.replace(/^\[\d+\/\d+\] /, ''), extra);
  const hit = req.noCache ? undefined : lookup(req.state, key);
  if (hit) {
    vertex.cached = true;
    return hit;
  }

  const now = new Date(req.state.now()).toISOString();
  const config = { ...current.config };
  let changeset: ReadonlyMap<string, LayerEntry>;
  let extraBytes = 0;
  let createdBy: string;
  if (ins.keyword === 'RUN') {
    const argv = ins.json ?? ['/bin/sh', '-c', ins.args];
    const script = ins.json ? ins.json.map((w) => JSON.stringify(w)).join(' ') : ins.args;
    const history = fillHistoryTimes(current.history);
    const image = createImage({ created: history[history.length - 1]?.created ?? now, config, layers: current.layers, history });
    const outcome = runStep({ image, id: key, script, env: config.Env ?? [], vars, workingDir: config.WorkingDir ?? '/' });
    if (outcome.exitCode !== 0) fail(buildError.processFailed(argv, outcome.exitCode), outcome.log);
    changeset = outcome.changeset;
    extraBytes = outcome.extraBytes;
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
  const empty = changeset.size === 0;
  const own = contentBytes(changeset.values());
  const layer = empty ? undefined : createLayer(changeset, extraBytes > 0 ? { size: own + extraBytes, compressedSize: Math.round((own + extraBytes) * 0.4) } : undefined);
  const next: StageState = {
    key,
    config,
    layers: layer ? [...current.layers, layer] : current.layers,
    history: [...current.history, { ...(layer ? { created: now } : {}), created_by: createdBy, comment: HISTORY_COMMENT, ...(layer ? {} : { empty_layer: true }) }],
    args: current.args,
    cmdSet: current.cmdSet,
  };
  remember(req.state, key, next);
  return next;
}

/** File writes that hit a file where a directory is needed fail the step, as BuildKit's FileOp does. */
function safely<T>(op: () => T, fail: (reason: string) => never): T {
  try {
    return op();
  } catch (e) {
    if (e instanceof FsError) return fail(`mkdir ${e.path}: not a directory`);
    throw e;
  }
}

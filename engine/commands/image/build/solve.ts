// One build, start to end: read the Dockerfile, resolve the base images, run each needed stage's
// steps (or take them from the cache), export the target stage as the image. It returns what the
// progress display shows (vertices) and the image or the reason the solve failed; build.ts turns
// that into the CLI's streams.
import type { Daemon } from '../../../daemon/daemon';
import { byteLength } from '../../../model/digest';
import { createImage, type Image } from '../../../model/image';
import type { Layer } from '../../../model/layer';
import { fullString } from '../../../model/reference';
import { attestedIndex, type AttestedIndex } from '../../../model/attestation';
import { BaseImageError, parseBase, resolveBaseImage, type BaseImage } from './base-image';
import { stepKey } from './cache';
import { contextBytes, type BuildContext } from './context';
import { parseDockerfile, shellWords, type Instruction } from './dockerfile';
import { BuildFailure, buildError } from './errors';
import { fileStep, type StepEnv } from './step';
import { lintWarnings } from './lint';
import type { Vertex } from './progress';
import { applyMetadata, fillHistoryTimes, type StageState } from './stage';
import { displayName, findStage, neededStages, splitStages, type Stage } from './stages';

export interface BuildRequest {
  state: Daemon;
  /** The Dockerfile's name as BuildKit shows it ("Dockerfile"). */
  dockerfileName: string;
  /** Its text, or undefined when the file does not exist. */
  dockerfile: string | undefined;
  context: BuildContext;
  /** The names the exporter reports ("docker.io/library/myapp", "docker.io/library/myapp:v2"). */
  names: string[];
  noCache: boolean;
  buildArgs: ReadonlyMap<string, string>;
  /** --target: the stage to export (default: the last). */
  target?: string;
}

export type BuildOutcome = { vertices: Vertex[]; warnings: string[] } & (
  { ok: true; image: Image; base: BaseImage | undefined } | { ok: false; reason: string; lines?: { start: number; end: number } }
);

/** The instructions that become numbered steps in the progress display ([2/4] COPY …). */
const FILE_STEPS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);
const NOT_MODELLED = new Set(['VOLUME', 'SHELL', 'HEALTHCHECK', 'ONBUILD', 'MAINTAINER']);

const linesOf = (ins: Instruction) => ({ start: ins.startLine, end: ins.endLine });

export function solve(req: BuildRequest): BuildOutcome {
  const vertices: Vertex[] = [];
  const warnings: string[] = [];
  try {
    return { ok: true, ...run(req, vertices, warnings), vertices, warnings };
  } catch (e) {
    if (e instanceof BuildFailure) return { ok: false, vertices, warnings, reason: e.reason, ...(e.lines ? { lines: e.lines } : {}) };
    throw e;
  }
}

function run(req: BuildRequest, vertices: Vertex[], warnings: string[]): { image: Image; base: BaseImage | undefined } {
  const definition: Vertex = {
    name: `[internal] load build definition from ${req.dockerfileName}`,
    // An absent file still transfers an empty directory listing: BuildKit reports 2B.
    statuses: [{ id: 'transferring dockerfile:', bytes: req.dockerfile === undefined ? 2 : byteLength(req.dockerfile) }],
  };
  vertices.push(definition);
  if (req.dockerfile === undefined) throw new BuildFailure(buildError.dockerfileMissing(req.dockerfileName));
  const instructions = parseDockerfile(req.dockerfile);
  if (instructions.length === 0) throw new BuildFailure(buildError.dockerfileEmpty());
  warnings.push(...lintWarnings(instructions));
  if (warnings.length) definition.warnings = [...warnings];

  // ARGs before the first FROM only feed FROM lines (Dockerfile reference, "Understand how ARG and FROM interact").
  const metaArgs = new Map<string, string>();
  let first = 0;
  for (; first < instructions.length && instructions[first]!.keyword === 'ARG'; first++) {
    for (const word of shellWords(instructions[first]!.args)) {
      const eq = word.indexOf('=');
      const name = eq === -1 ? word : word.slice(0, eq);
      const value = req.buildArgs.get(name) ?? (eq === -1 ? undefined : word.slice(eq + 1));
      if (value !== undefined) metaArgs.set(name, value);
    }
  }
  const from = instructions[first];
  if (!from || from.keyword !== 'FROM') throw new BuildFailure(buildError.noBuildStage(), from ? linesOf(from) : undefined);
  checkArguments(instructions);
  const stages = splitStages(instructions.slice(first), metaArgs);
  const target = req.target === undefined ? stages[stages.length - 1]! : stages.find((s) => s.name === req.target!.toLowerCase());
  if (!target) throw new BuildFailure(buildError.targetNotFound(req.target!));
  const needed = neededStages(stages, target);

  // Metadata of every base image first, as BuildKit resolves them before solving.
  const bases = new Map<number, BaseImage | undefined>();
  const resolved = new Map<string, BaseImage>();
  for (const stage of needed) {
    if (stage.base === 'scratch' || findStage(stages, stage.base, stage.index)) continue;
    const ref = parseBase(stage.base);
    if (!ref) throw new BuildFailure(buildError.badStageName(stage.base), linesOf(stage.from));
    const metadataName = `[internal] load metadata for ${fullString(ref)}`;
    if (!vertices.some((v) => v.name === metadataName)) vertices.push({ name: metadataName });
    try {
      const base = resolved.get(stage.base) ?? resolveBaseImage(req.state, stage.base, ref);
      resolved.set(stage.base, base);
      bases.set(stage.index, base);
    } catch (e) {
      if (!(e instanceof BaseImageError)) throw e;
      vertices.find((v) => v.name === metadataName)!.error = true;
      vertices.push(dockerignoreVertex(req.context));
      throw new BuildFailure(e.reason, linesOf(stage.from));
    }
  }
  vertices.push(dockerignoreVertex(req.context));

  const multiStage = stages.length > 1;
  const labelOf = (stage: Stage, total: number) => (n: number) =>
    // dockerfile2llb prefixCommand: the stage name when there are several, the index padded to the total's width.
    `[${multiStage ? `${displayName(stage)} ` : ''}${String(n).padStart(String(total).length)}/${total}]`;
  const results = new Map<number, StageState>();
  const env: StepEnv = {
    state: req.state,
    context: req.context,
    noCache: req.noCache,
    vertices,
    copySource: (name, ins) => {
      const stage = findStage(stages, name, Number.MAX_SAFE_INTEGER);
      const done = stage ? results.get(stage.index) : undefined;
      if (done) return { key: done.key, layers: done.layers };
      const ref = parseBase(name);
      if (!ref) throw new BuildFailure(buildError.badFromFlag(name), linesOf(ins));
      try {
        const image = resolveBaseImage(req.state, name, ref).image;
        return { key: image.id, layers: image.layers };
      } catch (e) {
        if (e instanceof BaseImageError) throw new BuildFailure(e.reason, linesOf(ins));
        throw e;
      }
    },
  };

  let contextShown = false;
  const usesContext = needed.some((s) => s.steps.some((i) => (i.keyword === 'COPY' || i.keyword === 'ADD') && i.flags.from === undefined));
  for (const stage of needed) {
    const total = 1 + stage.steps.filter((s) => FILE_STEPS.has(s.keyword)).length;
    const label = labelOf(stage, total);
    const base = bases.get(stage.index);
    if (base) vertices.push({ name: `${label(1)} FROM ${base.shownName}`, statuses: [{ id: `resolve ${base.shownName}` }] });
    if (usesContext && !contextShown) {
      vertices.push({
        name: '[internal] load build context',
        statuses: [{ id: 'transferring context:', bytes: contextBytes(req.context) }],
      });
      contextShown = true;
    }
    let current = startState(stage, stages, base?.image, results);
    let number = 1;
    for (const ins of stage.steps) {
      if (NOT_MODELLED.has(ins.keyword)) throw new BuildFailure(buildError.notModelled(ins.keyword), linesOf(ins));
      const meta = applyMetadata(current, ins, req.buildArgs);
      if (meta) {
        // Metadata steps chain the key too: a RUN after a changed ENV must not hit the old cache.
        current = { ...meta, key: stepKey(current.key, meta.history[meta.history.length - 1]!.created_by) };
        continue;
      }
      number++;
      current = fileStep(env, current, ins, label(number));
    }
    results.set(stage.index, current);
  }

  const final = results.get(target.index)!;
  const history = fillHistoryTimes(final.history);
  const now = new Date(req.state.now()).toISOString();
  // BuildKit's build ref: random, so even a fully cached build's provenance differs.
  const provenance = { invocationId: req.state.buildInvocationId(), startedOn: now, finishedOn: now };
  let attestation: AttestedIndex | undefined;
  const image = createImage({
    created: history[history.length - 1]?.created ?? now,
    config: final.config,
    layers: final.layers,
    history,
    ...(final.baseId ? { parentId: final.baseId } : {}),
    index: (manifest) => {
      attestation = attestedIndex(manifest, provenance);
      return { index: attestation.index, attached: [attestation.attestationManifest, ...attestation.blobs] };
    },
  });
  // The containerd image exporter's lines, in its order (buildkit exporter/containerimage/writer.go
  // commitDistributionManifest and commitAttestationsManifest, export.go: each name, then its unpack).
  vertices.push({
    name: 'exporting to image',
    statuses: [
      { id: 'exporting layers' },
      { id: `exporting manifest ${image.manifestDoc.digest}` },
      { id: `exporting config ${image.configDigest}` },
      { id: `exporting attestation manifest ${attestation!.attestationManifest.digest}` },
      { id: `exporting manifest list ${image.id}` },
      ...req.names.flatMap((n) => [{ id: `naming to ${n}` }, { id: `unpacking to ${n}` }]),
    ],
  });
  const base = [...resolved.values()].find((b) => b.image.id === final.baseId);
  return { image, base };
}

/** A stage starts from its base image, from scratch, or from where an earlier stage ended. */
function startState(
  stage: Stage,
  stages: readonly Stage[],
  image: Image | undefined,
  results: ReadonlyMap<number, StageState>,
): StageState {
  const parent = findStage(stages, stage.base, stage.index);
  const previous = parent ? results.get(parent.index) : undefined;
  if (previous) return { ...previous, args: new Map(), cmdSet: false };
  const layers: readonly Layer[] = image?.layers ?? [];
  return {
    key: (image?.id ?? 'scratch').replace(/^sha256:/, ''),
    config: image ? { ...image.config.config } : { Env: [] },
    layers,
    history: image?.config.history ?? [],
    args: new Map(),
    cmdSet: false,
    ...(image ? { baseId: image.id } : {}),
  };
}

function dockerignoreVertex(context: BuildContext): Vertex {
  return {
    name: '[internal] load .dockerignore',
    statuses: [{ id: 'transferring context:', bytes: context.dockerignore === undefined ? 2 : byteLength(context.dockerignore) }],
  };
}

/** Argument counts BuildKit's instruction parser rejects before anything runs (instructions/parse.go). */
function checkArguments(instructions: readonly Instruction[]): void {
  for (const ins of instructions) {
    if ((ins.keyword === 'COPY' || ins.keyword === 'ADD') && (ins.json ?? shellWords(ins.args)).length < 2) {
      throw new BuildFailure(buildError.parseError(ins.startLine, buildError.noDestination(ins.keyword)), linesOf(ins));
    }
    if (ins.args === '' && !ins.json && ins.keyword !== 'CMD' && ins.keyword !== 'ENTRYPOINT') {
      throw new BuildFailure(buildError.parseError(ins.startLine, buildError.atLeastOneArgument(ins.keyword)), linesOf(ins));
    }
  }
}

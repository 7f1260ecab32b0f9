// `docker build`'s own error texts. Docker 29's `docker build` is `docker buildx build`, so the
// wording is buildx's (CLI side) and BuildKit's (solver side). Sources, read from upstream:
// - buildx commands/build.go: "ERROR: " + "failed to build: " prefix on a failed solve;
//   cobra's ExactArgs(1) with docker's "requires 1 argument" wording.
// - BuildKit frontend/dockerfile/instructions/parse.go: parseError ("dockerfile parse error on
//   line %d: %v"), UnknownInstructionError ("unknown instruction: %s"), suggest.WrapError
//   (" (did you mean %s?)", util/suggest/error.go).
// - BuildKit frontend/dockerfile/dockerfile2llb: process "…" did not complete successfully
//   (solver/llbsolver/ops/exec.go), "the Dockerfile cannot be empty", "failed to read dockerfile".
export const BUILD_USAGE = 'docker buildx build [OPTIONS] PATH | URL | -';

export const buildError = {
  /** cobra ExactArgs(1) as buildx words it (the command path is always `docker buildx build`). */
  requiresOneArgument: () =>
    `docker: 'docker buildx build' requires 1 argument\n\nUsage:  ${BUILD_USAGE}\n\nRun 'docker buildx build --help' for more information`,
  /** Every solve failure is printed by buildx as one ERROR line. */
  failed: (reason: string) => `ERROR: failed to build: failed to solve: ${reason}`,
  /** The context path does not exist (buildx build.go, before any solve: no "failed to solve"). */
  contextNotFound: (path: string) => `ERROR: failed to build: unable to prepare context: path "${path}" not found`,
  dockerfileMissing: (name: string) => `failed to read dockerfile: open ${name}: no such file or directory`,
  dockerfileEmpty: () => 'the Dockerfile cannot be empty',
  parseError: (line: number, inner: string) => `dockerfile parse error on line ${line}: ${inner}`,
  unknownInstruction: (word: string, suggestion?: string) =>
    `unknown instruction: ${word}${suggestion ? ` (did you mean ${suggestion}?)` : ''}`,
  noBuildStage: () => 'no build stage in current context',
  processFailed: (argv: string[], code: number) => `process "${argv.join(' ')}" did not complete successfully: exit code: ${code}`,
  /** COPY of a path the context does not have (BuildKit's checksum lookup, wording of Docker 29). */
  copyMissing: (src: string) => `failed to compute cache key: failed to calculate checksum of ref: "/${src}": not found`,
  /** FROM a tag the registry lacks (containerd resolver, as BuildKit words it). */
  baseNotFound: (input: string, full: string) => `${input}: failed to resolve source metadata for ${full}: ${full}: not found`,
  baseAccessDenied: (full: string) =>
    `failed to resolve source metadata for ${full}: pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed`,
  invalidTag: (tag: string) => `ERROR: failed to build: invalid tag "${tag}": invalid reference format`,
  /** progressui.NewDisplay rejects an unknown --progress value before the build starts. */
  invalidProgress: (mode: string) => `ERROR: invalid progress mode ${mode}`,
  targetNotFound: (target: string) => `target stage "${target}" could not be found`,
  badStageName: (input: string) => `failed to parse stage name "${input}": invalid reference format`,
  badFromFlag: (input: string) => `invalid from flag value ${input}: invalid reference format`,
  /** instructions/parse.go argument checks (errNoDestinationArgument, errAtLeastOneArgument, parseBuildStageName). */
  noDestination: (keyword: string) =>
    `${keyword} requires at least two arguments, but only one was provided. Destination could not be determined.`,
  atLeastOneArgument: (keyword: string) => `${keyword} requires at least one argument`,
  invalidStageName: (name: string) => `invalid name for build stage: "${name}", name can't start with a number or contain symbols`,
  fromArguments: () => 'FROM requires either one or three arguments',
  /** A FileOp (COPY, WORKDIR) that meets a file where it needs a directory. */
  notADirectory: (path: string) => `mkdir ${path}: not a directory`,
  /** Instructions Docker accepts but this simulator does not model: said plainly, not disguised as Docker. */
  notModelled: (what: string) => `simulator: ${what} is valid in a real Dockerfile, but this simulated builder does not model it`,
} as const;

/** A failed solve: BuildKit's reason, and the Dockerfile lines it points at (printed as a snippet). */
export class BuildFailure extends Error {
  constructor(
    readonly reason: string,
    readonly lines?: { start: number; end: number },
  ) {
    super(reason);
  }
}

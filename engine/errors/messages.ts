// Every error text the simulated CLI and daemon print, named after the situation.
// Each string as Docker 29 prints it, its upstream source (docker/cli, moby) named beside it where
// it is not plain from the name.
import { shortId } from '../model/digest';

export const DAEMON = 'Error response from daemon: ';

/** cli/required.go pluralize. */
const plural = (n: number) => (n === 1 ? 'argument' : 'arguments');

export const msg = {
  // ── CLI (cobra) ───────────────────────────────────────────────
  /** A real Docker command this workshop host does not simulate (the kit's words; Docker has the command). */
  notSimulated: (path: string, instead?: string) =>
    `docker: '${path}' is a Docker command, but this workshop host does not simulate it.${instead ? `\n${instead}` : ''}`,
  unknownCommand: (path: string) => `docker: unknown command: ${path}\n\nRun 'docker --help' for more information`,
  unknownSubcommand: (path: string, usage: string, helpPath: string) =>
    `docker: unknown command: ${path}\n\nUsage:  ${usage}\n\nRun '${helpPath} --help' for more information`,
  unknownFlag: (flag: string, usage: string, path: string) =>
    `unknown flag: ${flag}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  unknownShorthand: (letter: string, group: string, usage: string, path: string) =>
    `unknown shorthand flag: '${letter}' in ${group}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  flagNeedsArgument: (flag: string, usage: string, path: string) =>
    `flag needs an argument: ${flag}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  invalidFlagValue: (value: string, flag: string, reason: string, usage: string, path: string) =>
    `invalid argument "${value}" for "${flag}" flag: ${reason}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  // cli/required.go (v28+): only RequiresMinArgs still says "See"; ExactArgs has no "exactly".
  requiresAtLeast: (path: string, n: number, usage: string) =>
    `docker: '${path}' requires at least ${n} ${plural(n)}\n\nUsage:  ${usage}\n\nSee '${path} --help' for more information`,
  requiresAtMost: (path: string, n: number, usage: string) =>
    `docker: '${path}' requires at most ${n} ${plural(n)}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  requiresExactly: (path: string, n: number, usage: string) =>
    `docker: '${path}' requires ${n} ${plural(n)}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  requiresRange: (path: string, min: number, max: number, usage: string) =>
    `docker: '${path}' requires at least ${min} and at most ${max} ${plural(max)}\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  acceptsNoArguments: (path: string, usage: string) =>
    `docker: '${path}' accepts no arguments\n\nUsage:  ${usage}\n\nRun '${path} --help' for more information`,
  /** run/create wrap daemon errors this way since CLI v28 (run.go withHelp). */
  runFailed: (err: string, path: string) => `docker: ${err}\n\nRun '${path} --help' for more information`,

  // ── save / load (docker/cli cli/command/image/{save,load}.go, moby/sys atomicwriter) ──
  saveToTerminal: () => 'cowardly refusing to save to a terminal. Use the -o flag or redirect',
  saveNoDir: (path: string) => `failed to save image: invalid output path: stat ${path}: no such file or directory`,
  saveToDir: () => 'failed to save image: cannot write to a directory',
  loadFromTerminal: () => 'requested load from stdin, but stdin is empty',
  openNoFile: (path: string) => `open ${path}: no such file or directory`,
  /** containerd core/images/archive/importer.go and Go archive/tar, through moby's LoadImage (errdefs.System). */
  loadUnrecognized: () => `${DAEMON}unrecognized image format`,
  loadUnexpectedEof: () => `${DAEMON}unexpected EOF`,
  loadInvalidHeader: () => `${DAEMON}archive/tar: invalid tar header`,
  loadDigestMismatch: (digest: string) =>
    `${DAEMON}failed to ingest "blobs/sha256/${digest.replace(/^sha256:/, '')}": unexpected commit digest`,
  loadMissingBlob: (digest: string) => `${DAEMON}content digest ${digest}: not found`,
  loadNotSimulated: () => "the simulator loads only archives it saved itself (a real host's layers are not modelled)",

  // ── volumes (moby docker-v29.7.2 daemon/volume/service/errors.go OpErr, daemon/volume/local/local.go,
  //    daemon/volume/mounts/linux_parser.go; docker/cli v29.7.2 cli/command/volume/*.go) ──
  daemonPrefix: () => DAEMON,
  /** moby docker-v29.7.2 daemon/create.go: an image with no Entrypoint and no Cmd (an import), run without a command. */
  noCommandSpecified: () => `${DAEMON}no command specified`,
  noSuchVolume: (name: string) => `${DAEMON}get ${name}: no such volume`,
  volumeInUse: (name: string, ids: readonly string[]) => `${DAEMON}remove ${name}: volume is in use - [${ids.join(', ')}]`,
  invalidVolumeName: (name: string, tooShort: boolean) =>
    `${DAEMON}create ${name}: ` +
    (tooShort
      ? 'volume name is too short, names should be at least two alphanumeric characters'
      : `"${name}" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path`),
  bindSourceMissing: (path: string) => `${DAEMON}invalid mount config for type "bind": bind source path does not exist: ${path}`,
  volumeNameConflict: () => 'conflicting options: cannot specify a volume-name through both --name and as a positional arg',
  volumePruneAllConflict: () => 'conflicting options: cannot specify both --all and --filter all=1',
  volumePruneWarning: (all: boolean) =>
    `WARNING! This will remove ${all ? 'all' : 'anonymous'} local volumes not used by at least one container.`,

  // ── references ────────────────────────────────────────────────
  invalidReference: () => 'invalid reference format',
  /** distribution/reference ErrNameTooLong. */
  nameTooLong: (max: number) => `repository name must not be more than ${max} characters`,
  uppercaseReference: (path: string) => `invalid reference format: repository name (${path}) must be lowercase`,
  hexRepository: (name: string) => `invalid repository name (${name}), cannot specify 64-byte hexadecimal strings`,

  // ── images ────────────────────────────────────────────────────
  noSuchImage: (ref: string) => `${DAEMON}No such image: ${ref}`,
  pullAccessDenied: (repo: string) => `${DAEMON}pull access denied for ${repo}, repository does not exist or may require 'docker login'`,
  pullAccessDeniedRaw: (repo: string) => `pull access denied for ${repo}, repository does not exist or may require 'docker login'`,
  /** containerd image store (Docker 29 default): the tag does not exist in the repository. */
  tagNotFound: (full: string) => `${DAEMON}failed to resolve reference "${full}": ${full}: not found`,
  manifestUnknown: (ref: string) => `${DAEMON}manifest for ${ref} not found: manifest unknown: manifest unknown`,
  manifestUnknownRaw: (ref: string) => `manifest for ${ref} not found: manifest unknown: manifest unknown`,
  rmiTagInUse: (ref: string, containerId: string, imageId: string) =>
    `${DAEMON}conflict: unable to delete ${ref} (must be forced) - container ${shortId(containerId)} is using its referenced image ${shortId(imageId)}`,
  rmiUsedByStopped: (imageId: string, containerId: string) =>
    `${DAEMON}conflict: unable to delete ${shortId(imageId)} (must be forced) - image is being used by stopped container ${shortId(containerId)}`,
  rmiUsedByRunning: (imageId: string, containerId: string) =>
    `${DAEMON}conflict: unable to delete ${shortId(imageId)} (cannot be forced) - image is being used by running container ${shortId(containerId)}`,
  rmiMultipleRepos: (imageId: string) =>
    `${DAEMON}conflict: unable to delete ${shortId(imageId)} (must be forced) - image is referenced in multiple repositories`,
  tagSourceMissing: (ref: string) => `${DAEMON}No such image: ${ref}`,

  // ── containers ────────────────────────────────────────────────
  noSuchContainer: (input: string) => `${DAEMON}No such container: ${input}`,
  noSuchObject: (input: string) => `error: no such object: ${input}`,
  ambiguousPrefix: (prefix: string) => `${DAEMON}multiple IDs found with provided prefix: ${prefix}`,
  nameInUse: (name: string, id: string) =>
    `Conflict. The container name "/${name}" is already in use by container "${id}". You have to remove (or rename) that container to be able to reuse that name.`,
  invalidName: (name: string) => `Invalid container name (${name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`,
  rmRunning: (name: string) =>
    `${DAEMON}cannot remove container "${name}": container is running: stop the container before removing or force remove`,
  rmPaused: (name: string) => `${DAEMON}cannot remove container "${name}": container is paused and must be unpaused first`,
  notRunning: (id: string) => `${DAEMON}container ${id} is not running`,
  /** moby container_routes.go postContainersKill: errors.Wrapf(err, "cannot kill container: %s", name), the name as typed. */
  cannotKill: (ref: string, reason: string) => `cannot kill container: ${ref}: ${reason}`,
  /** CLI v29 rename.go wraps every failure of the rename call. */
  renameFailed: (reason: string) => `failed to rename container: ${reason}`,
  renameBlank: 'new name cannot be blank',
  /** moby client: an empty container reference is refused before any request. */
  emptyContainerRef: 'invalid container name or ID: value is empty',
  renameSameName: `${DAEMON}Renaming a container with the same name as its current name`,
  /** moby daemon/rename.go wraps what reserveName refuses (invalid or taken). */
  renameAllocate: (reason: string) => `${DAEMON}Error when allocating new name: ${reason}`,
  /** CLI port.go, with Go's strconv.ParseUint error. */
  /** moby api/types/network/port.go ParsePort (CLI v29 port.go): the strconv error unwrapped. */
  portEmpty: () => 'invalid port: value is empty',
  portInvalid: (port: string, reason: 'invalid syntax' | 'value out of range' | 'value is empty') => `invalid port '${port}': ${reason}`,
  /** The kit's own words (fidelity.md): the host's ps is simulated for its default options only. */
  topPsOptions: (options: string) => `${DAEMON}ps: only the default options (-ef) are simulated on this host, not: ${options}`,
  // docker cp (CLI v29 cp.go, moby/go-archive copy.go, moby daemon/archive.go)
  cpEmptySource: 'source can not be empty',
  cpEmptyDestination: 'destination can not be empty',
  cpAcrossContainers: 'copying between containers is not supported',
  cpNoContainer: 'must specify at least one container source',
  cpLocalMissing: (path: string) => `lstat ${path}: no such file or directory`,
  cpFileNotFound: (path: string, container: string) => `${DAEMON}Could not find the file ${path} in container ${container}`,
  cpExtractNotDir: `${DAEMON}extraction point is not a directory`,
  /** go-archive Untar with NoOverwriteDirNonDir; the daemon's (into a container) or the CLI's own (onto the host). */
  cpOverwrite: (path: string, dir: string, directory: boolean) =>
    directory
      ? `cannot overwrite non-directory "${path}" with directory "${dir}"`
      : `cannot overwrite directory "${path}" with non-directory "${dir}"`,
  cpOutputDirMissing: (dir: string) => `invalid output path: directory ${JSON.stringify(dir)} does not exist`,
  /** CLI copySummary: the files' size, and the tar stream's when it differs. */
  cpSummary: (content: string, transferred: string | null, dest: string) =>
    `Successfully copied ${content}${transferred === null ? '' : ` (transferred ${transferred})`} to ${dest}`,
  /** The kit's own words (fidelity.md): tar streams on stdin/stdout are not simulated. */
  cpStream: "docker cp with '-' (a tar stream on stdin or stdout) is not simulated on this host",
  /** CLI v29 container/port.go. */
  portNotPublished: (port: string, container: string) => `no public port '${port}' published for ${container}`,
  alreadyPaused: (id: string) => `${DAEMON}container ${id} is already paused`,
  notPaused: (id: string) => `${DAEMON}Container ${id} is not paused`,
  /** CLI v29 start.go: the summary after each failure (v28 and older began it with "Error: "). */
  startFailed: (inputs: string[]) => `failed to start containers: ${inputs.join(', ')}`,
  startPaused: () => `${DAEMON}cannot start a paused container, try unpause instead`,
  execPaused: (input: string) => `${DAEMON}Container ${input} is paused, unpause the container before exec`,
  commitDead: (id: string) => `${DAEMON}You cannot commit container ${id} which is Dead`,
  portAllocated: (name: string, endpointId: string, hostIp: string, hostPort: number) =>
    `failed to set up container networking: driver failed programming external connectivity on endpoint ${name} (${endpointId}): Bind for ${hostIp}:${hostPort} failed: port is already allocated`,
  invalidPort: (spec: string) => `invalid containerPort: ${spec}`,
  invalidHostPort: (port: string) => `invalid hostPort: ${port}`,
  executableNotFound: (cmd: string) => `exec: "${cmd}": executable file not found in $PATH`,
  /** Go exec.LookPath on a name with a slash that does not exist. */
  noSuchExecutable: (cmd: string, path: string) => `exec: "${cmd}": stat ${path}: no such file or directory`,
  /** Go exec.LookPath on a directory (syscall.EISDIR). */
  executableIsDirectory: (cmd: string) => `exec: "${cmd}": is a directory`,
  /** runc's start-up failure for `run`/`start`; `reason` is one of the exec.LookPath texts above. */
  runStartFailed: (reason: string) =>
    `Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ${reason}: unknown`,
  execStartFailed: (reason: string) => `OCI runtime exec failed: exec failed: unable to start container process: ${reason}: unknown`,
  pruneCancelled: (what: 'container' | 'image' | 'volume') => `${what} prune has been cancelled`,
  /** CLI v29.7 cli/streams/in.go CheckTty (v29.0 said "the input device is not a TTY"): -i -t with a piped or redirected stdin. */
  stdinNotTerminal: () => 'cannot attach stdin to a TTY-enabled container because stdin is not a terminal',
  // ── flags: inspect --type, --signal, --platform, --filter, --restart, times ──

  /** CLI cli/command/system/inspect.go runInspect. */
  invalidInspectType: (type: string) => `"${type}" is not a valid value for --type`,
  /** moby/sys/signal ParseSignal, wrapped by the daemon's kill. */
  invalidSignal: (sig: string) => `${DAEMON}Invalid signal: ${sig}`,
  /** containerd store pull (moby daemon/containerd/image_pull.go) wrapping containerd's images.Manifest error. */
  noMatchingManifest: (platform: string) =>
    `${DAEMON}no matching manifest for ${platform} in the manifest list entries: no match for platform in manifest: not found`,
  /** containerd platforms.Parse on an unknown OS. */
  invalidPlatform: (platform: string) => `"${platform}": unknown operating system or architecture: invalid argument`,
  /** CLI opts.FilterOpt.Set: a --filter value without "=". */
  badFilterFormat: () => 'bad format of filter (expected name=value)',
  /** daemon filters: a key the prune does not accept. */
  invalidFilter: (key: string) => `${DAEMON}invalid filter '${key}'`,
  /** CLI opts.ParseRestartPolicy. */
  restartNoName: () => 'invalid restart policy format: no policy provided before colon',
  restartBadCount: () => 'invalid restart policy format: maximum retry count must be an integer',
  /** moby container.ValidateRestartPolicy. */
  restartUnknown: (name: string) =>
    `${DAEMON}invalid restart policy: unknown policy '${name}'; use one of 'no', 'always', 'on-failure', or 'unless-stopped'`,
  restartCountNotOnFailure: () => `${DAEMON}invalid restart policy: maximum retry count can only be used with 'on-failure'`,
  /** CLI run/create: --rm with a restart policy. */
  restartWithRm: () => 'conflicting options: cannot specify both --restart and --rm',
  /** moby client timetypes.GetTimestamp (client side, so no daemon prefix). */
  badTime: (field: string, value: string) => `invalid value for "${field}": failed to parse value as time or duration: "${value}"`,
  /** CLI: --all-tags with a tag or digest in the reference. */
  tagWithAllTags: () => "tag can't be used with --all-tags/-a",
  /** daemon filters: a time that is neither a timestamp nor a duration. */
  badFilterTime: (value: string) => `${DAEMON}failed to parse value as time or duration: "${value}"`,
  /** CLI start: -a with several containers. */
  startAttachMultiple: () => 'you cannot start and attach multiple containers at once',
  /** moby builder dockerfile: commit --change with an instruction commit does not take. */
  notAChangeCommand: (keyword: string) => `${DAEMON}${keyword} is not a valid change command`,
  /** A change Docker accepts but this host does not model (listed in fidelity.md). */
  changeNotModelled: (keyword: string) => `${DAEMON}${keyword} is a valid change, but this simulated host does not model it`,
  /** moby daemon/delete.go: rm --link on a container's own name. */
  cannotRemoveLink: () => `${DAEMON}Conflict, cannot remove the default link name of the container`,
  /** moby/sys/user: exec -u with a name missing from the container's /etc/passwd. */
  unknownUser: (user: string) => `unable to find user ${user}: no matching entries in passwd file`,
  unknownGroup: (group: string) => `unable to find group ${group}: no matching entries in group file`,
  /** moby daemon/container.go translateWorkingDir. */
  invalidWorkingDir: (dir: string) => `${DAEMON}the working directory '${dir}' is invalid, it needs to be an absolute path`,
  /** docker/cli pkg/kvfile Parse, wrapped by opts.go parse ("--env-file: …", "--label-file: …"). */
  kvFileMissing: (flag: string, path: string) => `--${flag}: open ${path}: no such file or directory`,
  kvFileInvalid: (flag: string, path: string, reason: string) => `--${flag}: invalid env file (${path}): ${reason}`,
  kvNoName: (line: string) => `no variable name on line '${line}'`,
  kvWhitespace: (key: string) => `variable '${key}' contains whitespaces`,
  // ── --format templates (docker/cli cli/command/formatter/formatter.go, container/list.go, inspect/inspector.go) ──
  templateParsingError: 'template parsing error: ',
  templateParseFailed: 'failed to parse template: ',
  templateExecFailed: 'failed to execute template: ',
  /** moby daemon/list.go with api/types/container/state.go ValidateContainerState. */
  invalidStatusFilter: (value: string) =>
    `${DAEMON}invalid filter 'status=${value}': invalid value for state (${value}): must be one of created, running, paused, restarting, removing, exited, dead`,
  /** CLI image/list.go printAmbiguousHint. */
  ambiguousImagesHint: (name: string) => `No images found matching "${name}": did you mean "docker image ${name}"?`,
  /** CLI container/list.go runPs. */
  ignoringCustomFormat: () => 'WARNING: Ignoring custom format, because both --format and --quiet are set.',
  // ── --mount values (docker/cli v29.7.2 opts/mount.go MountOpt.Set, opts/mount_utils.go; Go's encoding/csv
  //    ParseError for the CSV it reads): the reasons pflag wraps as `invalid argument … for "--mount" flag: …` ──
  mountValueEmpty: () => 'value is empty',
  mountCsv: (line: number, column: number, quoted: boolean) =>
    `parse error on line ${line}, column ${column}: ${quoted ? 'extraneous or missing " in quoted-field' : 'bare " in non-quoted-field'}`,
  mountKeySpace: (key: string, field: string) => `invalid option '${key}' in '${field}': option should not have whitespace`,
  mountEmptyValue: (key: string) => `invalid value for '${key}': value is empty`,
  mountValueSpace: (key: string, field: string) => `invalid value for '${key}' in '${field}': value should not have whitespace`,
  mountNotKeyValue: (field: string) => `invalid field '${field}' must be a key=value pair`,
  mountUnknownOption: (key: string, field: string) => `unknown option '${key}' in '${field}'`,
  mountBadBool: (key: string, value: string) =>
    `invalid value for '${key}': invalid boolean value (${JSON.stringify(value)}): must be one of "true", "1", "false", or "0" (default "true")`,
  mountNonRecursiveDeprecated: () => 'bind-nonrecursive is deprecated, use bind-recursive=disabled instead',
  mountBadRecursive: (key: string, value: string) =>
    `invalid value for ${key}: ${value} (must be "enabled", "disabled", "writable", or "readonly")`,
  mountBadValue: (key: string, value: string) => `invalid value for ${key}: ${value}`,
  mountTypeRequired: () => 'type is required',
  mountMixedOptions: (prefix: string, type: string) => `cannot mix '${prefix}-*' options with mount type '${type}'`,
  mountRecursiveNeedsReadonly: (mode: 'writable' | 'readonly') =>
    `option 'bind-recursive=${mode}' requires 'readonly' to be specified in conjunction`,
  mountRecursiveNeedsRprivate: () => "option 'bind-recursive=readonly' requires 'bind-propagation=rprivate' to be specified in conjunction",
  // build's own texts (BuildKit's) live in commands/image/build/errors.ts
} as const;

// What the daemon refuses, one class per situation, carrying data and never text: the CLI words
// them once (./daemon-words.ts), as docker/cli prints what moby's API answered.

/** Every refusal of the daemon. */
export abstract class DaemonError extends Error {}

/** moby errdefs.NotFound for a container reference. */
export class NoSuchContainer extends DaemonError {
  constructor(readonly ref: string) {
    super(`no such container: ${ref}`);
  }
}

/** moby container view: a hex prefix that names more than one container. */
export class AmbiguousContainerPrefix extends DaemonError {
  constructor(readonly prefix: string) {
    super(`ambiguous prefix: ${prefix}`);
  }
}

/** kill, pause and exec want a running container. */
export class ContainerNotRunning extends DaemonError {
  constructor(readonly id: string) {
    super(`container ${id} is not running`);
  }
}

export class ContainerAlreadyPaused extends DaemonError {
  constructor(readonly id: string) {
    super(`container ${id} is already paused`);
  }
}

export class ContainerNotPaused extends DaemonError {
  constructor(readonly id: string) {
    super(`container ${id} is not paused`);
  }
}

/** exec into a paused container (moby daemon/exec.go), named as the request named it. */
export class CannotExecPaused extends DaemonError {
  constructor(readonly ref: string) {
    super(`container ${ref} is paused`);
  }
}

/** start (and restart) of a paused container. */
export class CannotStartPaused extends DaemonError {
  constructor(readonly id: string) {
    super(`container ${id} is paused`);
  }
}

/** rm without --force of a container whose process runs (`paused` when it is frozen). */
export class CannotRemoveRunning extends DaemonError {
  constructor(
    readonly container: string,
    readonly paused: boolean,
  ) {
    super(`container ${container} is ${paused ? 'paused' : 'running'}`);
  }
}

/** rm --link: the only link a container here has is its own name, its default link. */
export class CannotRemoveDefaultLink extends DaemonError {
  constructor() {
    super('default link');
  }
}

/** Another running container holds the host port (libnetwork's port allocator). */
export class PortAlreadyAllocated extends DaemonError {
  constructor(
    readonly container: string,
    readonly endpointId: string,
    readonly hostIp: string,
    readonly hostPort: number,
  ) {
    super(`port ${hostIp}:${hostPort} is already allocated`);
  }
}

/** Go exec.LookPath's three failures, which runc reports before the process starts. */
export type LookPathProblem = 'not-found' | 'no-such-file' | 'is-directory';

/** runc could not start the container's process (run, start, restart). */
export class ProcessNotStartable extends DaemonError {
  constructor(
    readonly command: string,
    readonly problem: LookPathProblem,
  ) {
    super(`cannot start ${command}: ${problem}`);
  }
  /** The CLI's exit code for it (run.go toStatusError: 126 cannot invoke, 127 not found). */
  get exitCode(): 126 | 127 {
    return this.problem === 'is-directory' ? 126 : 127;
  }
}

/** moby/sys/signal ParseSignal refused the --signal value. */
export class InvalidSignal extends DaemonError {
  constructor(readonly signal: string) {
    super(`invalid signal: ${signal}`);
  }
}

/** No image by that reference or ID; `imageName` is how the daemon reports it (the tag defaulted, or the input as typed). */
export class NoSuchImage extends DaemonError {
  constructor(readonly imageName: string) {
    super(`no such image: ${imageName}`);
  }
}

/** The registry has no such repository (or will not say: "may require 'docker login'"). */
export class PullAccessDenied extends DaemonError {
  constructor(readonly repository: string) {
    super(`pull access denied for ${repository}`);
  }
}

/** The repository exists but has no such tag (containerd store: the resolver's "not found"). */
export class TagNotFound extends DaemonError {
  constructor(readonly reference: string) {
    super(`${reference}: not found`);
  }
}

/** rmi by tag while a container uses the image and the tag is its last (must be forced). */
export class ImageTagInUse extends DaemonError {
  constructor(
    readonly reference: string,
    readonly containerId: string,
    readonly imageId: string,
  ) {
    super(`${reference} is in use by ${containerId}`);
  }
}

/** rmi by ID of an image containers use: stopped ones (must be forced) or a running one (cannot be forced). */
export class ImageInUse extends DaemonError {
  constructor(
    readonly imageId: string,
    readonly containerId: string,
    readonly running: boolean,
  ) {
    super(`${imageId} is in use by ${running ? 'running' : 'stopped'} container ${containerId}`);
  }
}

/** rmi by ID of an image with tags in several repositories (must be forced). */
export class ImageInMultipleRepositories extends DaemonError {
  constructor(readonly imageId: string) {
    super(`${imageId} is referenced in multiple repositories`);
  }
}

/** A --name that is not [a-zA-Z0-9][a-zA-Z0-9_.-]+ (moby daemon/names.go). */
export class InvalidContainerName extends DaemonError {
  constructor(readonly containerName: string) {
    super(`invalid container name ${containerName}`);
  }
}

/** The name is taken (moby daemon/names.go reserveName). */
export class NameInUse extends DaemonError {
  constructor(
    readonly containerName: string,
    readonly ownerId: string,
  ) {
    super(`name ${containerName} is in use by ${ownerId}`);
  }
}

/** Any refusal of a kill, as the API route wraps it (moby daemon/server/router/container/container_routes.go postContainersKill). */
export class CannotKill extends DaemonError {
  constructor(
    readonly ref: string,
    readonly reason: DaemonError,
  ) {
    super(`cannot kill container: ${ref}: ${reason.message}`);
  }
}

/** commit of a Dead container (moby daemon/commit.go CreateImageFromContainer). */
export class CannotCommitDead extends DaemonError {
  constructor(readonly id: string) {
    super(`container ${id} is dead`);
  }
}

/** create with nothing to run: no entrypoint and no command, the image's included (moby daemon/create.go). */
export class NoCommandSpecified extends DaemonError {
  constructor() {
    super('no command specified');
  }
}

/** -w that is not an absolute path (moby daemon/container.go translateWorkingDir). */
export class InvalidWorkingDir extends DaemonError {
  constructor(readonly workingDir: string) {
    super(`invalid working directory ${workingDir}`);
  }
}

/** -u naming a user or group the container's /etc/passwd or /etc/group lacks (moby/sys/user). */
export class UnknownUser extends DaemonError {
  constructor(
    readonly kind: 'user' | 'group',
    readonly who: string,
  ) {
    super(`unable to find ${kind} ${who}`);
  }
}

/** A volume name the daemon does not have (moby daemon/volume/service/errors.go errNoSuchVolume, op "get"). */
export class NoSuchVolume extends DaemonError {
  constructor(readonly volumeName: string) {
    super(`get ${volumeName}: no such volume`);
  }
}

/** volume rm of a volume a container mounts (errVolumeInUse, op "remove", the containers' IDs). */
export class VolumeInUse extends DaemonError {
  constructor(
    readonly volumeName: string,
    readonly containerIds: readonly string[],
  ) {
    super(`remove ${volumeName}: volume is in use`);
  }
}

/** A name the local driver refuses (daemon/volume/local/local.go validateName), op "create". */
export class InvalidVolumeName extends DaemonError {
  constructor(
    readonly volumeName: string,
    readonly tooShort: boolean,
  ) {
    super(`create ${volumeName}: invalid name`);
  }
}

/** --mount type=bind of a host path that does not exist (-v creates it instead). */
export class BindSourceMissing extends DaemonError {
  constructor(readonly path: string) {
    super(`bind source path does not exist: ${path}`);
  }
}

/** docker cp of a path the container does not have (moby daemon/errors.go containerFileNotFound). */
export class NoSuchContainerPath extends DaemonError {
  constructor(
    readonly path: string,
    readonly container: string,
  ) {
    super(`could not find ${path} in container ${container}`);
  }
}

/** docker cp into a path that is not a directory (moby daemon/archive_unix.go containerExtractToDir). */
export class ExtractPointNotDirectory extends DaemonError {
  constructor(readonly path: string) {
    super(`extraction point is not a directory: ${path}`);
  }
}

/** docker cp would put a directory over a file (`directory`) or a file over a directory (go-archive Untar, NoOverwriteDirNonDir). */
export class CannotOverwrite extends DaemonError {
  constructor(
    readonly path: string,
    readonly dir: string,
    readonly directory: boolean,
  ) {
    super(`cannot overwrite ${path}`);
  }
}

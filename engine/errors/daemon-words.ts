// The words for each refusal of the daemon: what docker/cli prints for moby's answer.
import {
  CannotCommitDead,
  CannotKill,
  InvalidWorkingDir,
  NoCommandSpecified,
  UnknownUser,
  InvalidContainerName,
  NameInUse,
  ImageInMultipleRepositories,
  ImageInUse,
  ImageTagInUse,
  NoSuchImage,
  PullAccessDenied,
  TagNotFound,
  CannotExecPaused,
  CannotRemoveDefaultLink,
  CannotRemoveRunning,
  CannotStartPaused,
  ContainerAlreadyPaused,
  ContainerNotPaused,
  ContainerNotRunning,
  AmbiguousContainerPrefix,
  InvalidSignal,
  NoSuchContainer,
  PortAlreadyAllocated,
  ProcessNotStartable,
  type DaemonError,
  type LookPathProblem,
  NoSuchVolume,
  VolumeInUse,
  InvalidVolumeName,
  BindSourceMissing,
  NoSuchContainerPath,
  ExtractPointNotDirectory,
  CannotOverwrite,
} from './daemon-errors';
import { DAEMON, msg } from './messages';

/** Go exec.LookPath's text for each failure (os/exec lp_unix.go). */
export function lookPathText(command: string, problem: LookPathProblem): string {
  if (problem === 'is-directory') return msg.executableIsDirectory(command);
  if (problem === 'no-such-file') return msg.noSuchExecutable(command, command);
  return msg.executableNotFound(command);
}

/** The whole stderr line for a refusal, "Error response from daemon: " included. */
export function daemonText(e: DaemonError): string {
  if (e instanceof CannotCommitDead) return msg.commitDead(e.id);
  if (e instanceof CannotKill) return DAEMON + msg.cannotKill(e.ref, daemonText(e.reason).replace(DAEMON, ''));
  if (e instanceof NoSuchContainer) return msg.noSuchContainer(e.ref);
  if (e instanceof AmbiguousContainerPrefix) return msg.ambiguousPrefix(e.prefix);
  if (e instanceof ContainerNotRunning) return msg.notRunning(e.id);
  if (e instanceof ContainerAlreadyPaused) return msg.alreadyPaused(e.id);
  if (e instanceof ContainerNotPaused) return msg.notPaused(e.id);
  if (e instanceof CannotStartPaused) return msg.startPaused();
  if (e instanceof CannotExecPaused) return msg.execPaused(e.ref);
  if (e instanceof CannotRemoveRunning) return e.paused ? msg.rmPaused(e.container) : msg.rmRunning(e.container);
  if (e instanceof CannotRemoveDefaultLink) return msg.cannotRemoveLink();
  if (e instanceof PortAlreadyAllocated) return DAEMON + msg.portAllocated(e.container, e.endpointId, e.hostIp, e.hostPort);
  if (e instanceof ProcessNotStartable) return msg.runStartFailed(lookPathText(e.command, e.problem));
  if (e instanceof InvalidSignal) return msg.invalidSignal(e.signal);
  if (e instanceof NoSuchImage) return msg.noSuchImage(e.imageName);
  if (e instanceof InvalidContainerName) return DAEMON + msg.invalidName(e.containerName);
  if (e instanceof NameInUse) return DAEMON + msg.nameInUse(e.containerName, e.ownerId);
  if (e instanceof PullAccessDenied) return msg.pullAccessDenied(e.repository);
  if (e instanceof TagNotFound) return msg.tagNotFound(e.reference);
  if (e instanceof ImageTagInUse) return msg.rmiTagInUse(e.reference, e.containerId, e.imageId);
  if (e instanceof ImageInUse)
    return e.running ? msg.rmiUsedByRunning(e.imageId, e.containerId) : msg.rmiUsedByStopped(e.imageId, e.containerId);
  if (e instanceof ImageInMultipleRepositories) return msg.rmiMultipleRepos(e.imageId);
  if (e instanceof NoCommandSpecified) return msg.noCommandSpecified();
  if (e instanceof InvalidWorkingDir) return msg.invalidWorkingDir(e.workingDir);
  if (e instanceof UnknownUser) return DAEMON + (e.kind === 'user' ? msg.unknownUser(e.who) : msg.unknownGroup(e.who));
  if (e instanceof NoSuchVolume) return msg.noSuchVolume(e.volumeName);
  if (e instanceof VolumeInUse) return msg.volumeInUse(e.volumeName, e.containerIds);
  if (e instanceof InvalidVolumeName) return msg.invalidVolumeName(e.volumeName, e.tooShort);
  if (e instanceof BindSourceMissing) return msg.bindSourceMissing(e.path);
  if (e instanceof NoSuchContainerPath) return msg.cpFileNotFound(e.path, e.container);
  if (e instanceof ExtractPointNotDirectory) return msg.cpExtractNotDir;
  if (e instanceof CannotOverwrite) return DAEMON + msg.cpOverwrite(e.path, e.dir, e.directory);
  throw new Error(`no words for ${e.constructor.name}`);
}

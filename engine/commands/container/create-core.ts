// What `docker run` and `docker create` share, as docker/cli does it (cli/command/container/
// opts.go parse, create.go createContainer): their flags, turning them into a create request,
// and the request itself: when the daemon has no such image, "Unable to find image" on stderr,
// a pull, and the request again. The daemon merges the image's config and makes the container.
import { CliError } from '../../errors/cli-error';
import { DaemonError, ProcessNotStartable } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import type { Ctx } from '../../cli/context';
import type { Args, FlagSpec } from '../../cli/spec';
import type { CreateRequest, PortRequest } from '../../daemon/create-container';
import type { Container } from '../../model/container';
import { familiarString, parseReference, type Reference } from '../../model/reference';
import { err } from '../../output';
import type { OutputChunk } from '../../types';
import { platformProblem } from '../image/platform';
import { readKvFiles } from './kv-file';
import { parseRestartPolicy } from './restart-policy';
import { MountSpecError, mountFlags, mountsFor } from './mount-flags';

/** run's and create's flags, as opts.go and create.go/run.go name them (a simple list: others append theirs). */
export const createFlags: FlagSpec[] = [
  { long: 'detach', short: 'd', kind: 'bool', description: 'Run container in background and print container ID' },
  { long: 'entrypoint', kind: 'string', description: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
  { long: 'env-file', kind: 'list', description: 'Read in a file of environment variables' },
  { long: 'hostname', short: 'h', kind: 'string', description: 'Container host name' },
  { long: 'init', kind: 'bool', description: 'Run an init inside the container that forwards signals and reaps processes' },
  { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
  { long: 'label', short: 'l', kind: 'list', description: 'Set meta data on a container' },
  { long: 'label-file', kind: 'list', description: 'Read in a line delimited file of labels' },
  mountFlags[0]!,
  { long: 'name', kind: 'string', description: 'Assign a name to the container' },
  { long: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
  { long: 'publish', short: 'p', kind: 'list', description: "Publish a container's port(s) to the host" },
  { long: 'publish-all', short: 'P', kind: 'bool', description: 'Publish all exposed ports to random ports' },
  { long: 'pull', kind: 'string', description: 'Pull image before running ("always", "missing", "never")', default: 'missing' },
  { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the pull output' },
  { long: 'read-only', kind: 'bool', description: "Mount the container's root filesystem as read only" },
  { long: 'restart', kind: 'string', description: 'Restart policy to apply when a container exits', default: 'no' },
  { long: 'rm', kind: 'bool', description: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { long: 'stop-signal', kind: 'string', description: 'Signal to stop the container' },
  { long: 'stop-timeout', kind: 'int', description: 'Timeout (in seconds) to stop a container' },
  { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
  { long: 'user', short: 'u', kind: 'string', description: 'Username or UID (format: <name|uid>[:<group|gid>])' },
  mountFlags[1]!,
  { long: 'workdir', short: 'w', kind: 'string', description: 'Working directory inside the container' },
];

/** -p as the CLI's nat.ParsePortSpecs reads `[ip:][hostPort:]containerPort[/proto]`. */
function parsePorts(specs: string[], wrap: (text: string) => CliError): PortRequest[] {
  return specs.map((spec) => {
    const [mapping, proto = 'tcp'] = spec.split('/') as [string, string?];
    const parts = mapping.split(':');
    const containerPort = parts[parts.length - 1]!;
    const hostPort = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const hostIp = parts.length === 3 ? parts[0]! : '0.0.0.0';
    if (!/^\d+$/.test(containerPort) || Number(containerPort) < 1 || Number(containerPort) > 65535)
      throw wrap(msg.invalidPort(containerPort));
    if (hostPort !== '' && (!/^\d+$/.test(hostPort) || Number(hostPort) > 65535)) throw wrap(msg.invalidHostPort(hostPort));
    if (proto !== 'tcp' && proto !== 'udp') throw wrap(`invalid proto: ${proto}`);
    return { hostIp, ...(hostPort === '' ? {} : { hostPort: Number(hostPort) }), containerPort: Number(containerPort), protocol: proto };
  });
}

export interface Created {
  container: Container;
  /** Pull progress ("Unable to find image…"), already written to stderr. */
  prelude: OutputChunk[];
}

/** A refusal of the daemon as run/create print it (run.go toStatusError: 126, 127, else 125). */
export function runError(e: DaemonError, path: string, before: readonly OutputChunk[] = []): CliError {
  return new CliError(msg.runFailed(daemonText(e), path), e instanceof ProcessNotStartable ? e.exitCode : 125, before);
}

/**
 * Parses the flags (client-side errors first, nothing changed), finds or pulls the image, and
 * asks the daemon for the container. A failure leaves the host as it was, the pull aside.
 */
export function createContainer(args: Args, ctx: Ctx): Created {
  const wrap = runFailedIn(ctx.path);
  const [imageInput, ...command] = args.positional as [string, ...string[]];
  // An image ID (64 hex, bare or with sha256:) is no name to pull (ParseAnyReference): when it is
  // missing the CLI reports the daemon's "No such image" without trying.
  const asId = /^(?:sha256:)?([a-f0-9]{64})$/.exec(imageInput);
  let ref: Reference | undefined;
  try {
    if (!asId) ref = parseReference(imageInput);
  } catch (e) {
    if (e instanceof CliError) throw wrap(e.text);
    throw e;
  }
  // opts.go parse: the files are read on the client, before any request.
  const env = [...readKvFiles(ctx.daemon, 'env-file', args.list('env-file'), wrap), ...args.list('env')];
  const labels = [...readKvFiles(ctx.daemon, 'label-file', args.list('label-file'), wrap), ...args.list('label')];
  const restartPolicy = parseRestartPolicy(args.string('restart'), args.bool('rm'), wrap);
  const platform = args.string('platform');
  const platformIssue = platform ? platformProblem(platform) : null;
  if (platformIssue === 'invalid') throw wrap(msg.invalidPlatform(platform!));
  const ports = parsePorts(args.list('publish'), wrap);

  let stderr = '';
  let image = platformIssue ? undefined : ctx.daemon.findImage(imageInput);
  if (ref && (!image || args.string('pull') === 'always')) {
    if (args.string('pull') === 'never') throw wrap(msg.noSuchImage(familiarString(ref)));
    const quiet = args.bool('quiet');
    if (!image && !quiet) stderr += `Unable to find image '${familiarString(ref)}' locally\n`;
    // Only linux/amd64 is bundled: any other platform is a pull the registry cannot serve.
    if (platformIssue) throw new CliError(msg.runFailed(msg.noMatchingManifest(platformIssue.unavailable), ctx.path), 125, [err(stderr)]);
    try {
      const pulled = ctx.daemon.pull(ref);
      image = pulled.image;
      if (!quiet) stderr += pulled.lines.join('\n') + '\n';
    } catch (e) {
      // "Unable to find image" was already written when the pull fails (create.go).
      if (e instanceof DaemonError) throw runError(e, ctx.path, [err(stderr)]);
      throw e;
    }
  }
  if (!image) throw wrap(msg.noSuchImage(`sha256:${asId?.[1] ?? ''}`));
  const entrypoint = args.has('entrypoint') ? [args.string('entrypoint') ?? ''] : undefined;
  try {
    // -v/--mount: parsed on the client; the daemon makes named and anonymous volumes (daemon/mounts.ts).
    if (args.string('name') !== undefined) ctx.daemon.checkName(args.string('name')!);
    const mounts = mountsFor(args, ctx.daemon, image);
    const req: CreateRequest = {
      imageRef: imageInput,
      image,
      cmd: command,
      env,
      labels,
      tty: args.bool('tty'),
      interactive: args.bool('interactive'),
      autoRemove: args.bool('rm'),
      restartPolicy,
      ports,
      publishAll: args.bool('publish-all'),
      readOnly: args.bool('read-only'),
    };
    // Optional fields only when given (an empty -u/-w/-h/--stop-signal counts as not given).
    const name = args.string('name');
    if (name !== undefined) req.name = name;
    if (entrypoint) req.entrypoint = entrypoint;
    const user = args.string('user');
    if (user) req.user = user;
    const workingDir = args.string('workdir');
    if (workingDir) req.workingDir = workingDir;
    const hostname = args.string('hostname');
    if (hostname) req.hostname = hostname;
    const stopSignal = args.string('stop-signal');
    if (stopSignal) req.stopSignal = stopSignal;
    if (args.has('stop-timeout')) req.stopTimeout = args.int('stop-timeout') ?? 0;
    if (args.has('init')) req.init = args.bool('init');
    if (mounts.length) req.mounts = mounts;
    const container = ctx.daemon.createContainer(req);
    return { container, prelude: [err(stderr)] };
  } catch (e) {
    // The CLI's own parse errors say "invalid argument … for -v"; the daemon's come wrapped as run's errors are.
    if (e instanceof MountSpecError)
      throw new CliError(msg.runFailed(e.side === 'daemon' ? `${msg.daemonPrefix()}${e.text}` : e.text, ctx.path), 125, [err(stderr)]);
    if (e instanceof DaemonError) throw runError(e, ctx.path, [err(stderr)]);
    throw e;
  }
}

/** run's and create's error for a failure the client finds (exit 125). */
function runFailedIn(path: string): (text: string) => CliError {
  return (text) => new CliError(msg.runFailed(text, path), 125);
}

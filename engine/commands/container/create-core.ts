// What `docker run` and `docker create` share: their flags, the image lookup (pulling when
// missing, progress on stderr), the name and port checks, and making the container.
import { CliError } from '../../errors/cli-error';
import { DaemonError } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import type { Ctx } from '../../cli/context';
import type { Args, FlagSpec } from '../../cli/spec';
import type { Container } from '../../model/container';
import { familiarString, parseReference, type Reference } from '../../model/reference';
import { err } from '../../output';
import type { OutputChunk, PortBinding } from '../../types';
import { parseRestartPolicy } from './restart-policy';
import { MountSpecError, mountFlags, mountsFor } from './mount-flags';

export const createFlags: FlagSpec[] = [
  { long: 'detach', short: 'd', kind: 'bool', description: 'Run container in background and print container ID' },
  { long: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
  { long: 'entrypoint', kind: 'string', description: 'Overwrite the default ENTRYPOINT of the image' },
  { long: 'hostname', short: 'h', kind: 'string', description: 'Container host name' },
  { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
  mountFlags[0]!,
  { long: 'name', kind: 'string', description: 'Assign a name to the container' },
  { long: 'publish', short: 'p', kind: 'list', description: "Publish a container's port(s) to the host" },
  { long: 'publish-all', short: 'P', kind: 'bool', description: 'Publish all exposed ports to random ports' },
  { long: 'pull', kind: 'string', description: 'Pull image before running ("always", "missing", "never")', default: 'missing' },
  { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the pull output' },
  { long: 'restart', kind: 'string', description: 'Restart policy to apply when a container exits', default: 'no' },
  { long: 'rm', kind: 'bool', description: 'Automatically remove the container and its associated anonymous volumes when it exits' },
  { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
  mountFlags[1]!,
  { long: 'workdir', short: 'w', kind: 'string', description: 'Working directory inside the container' },
];

/** An ephemeral host port, as the kernel would hand out (seeded, so demos replay). */
function ephemeralPort(ctx: Ctx): number {
  return 32768 + ctx.daemon.random.below(28000);
}

function parsePorts(specs: string[], exposed: string[], publishAll: boolean, ctx: Ctx, wrap: (text: string) => CliError): PortBinding[] {
  const out: PortBinding[] = [];
  for (const spec of specs) {
    const [mapping, proto = 'tcp'] = spec.split('/') as [string, string?];
    const parts = mapping.split(':');
    const containerPort = parts[parts.length - 1]!;
    const hostPort = parts.length >= 2 ? parts[parts.length - 2]! : '';
    const hostIp = parts.length === 3 ? parts[0]! : '0.0.0.0';
    if (!/^\d+$/.test(containerPort) || Number(containerPort) < 1 || Number(containerPort) > 65535) throw wrap(msg.invalidPort(containerPort));
    if (hostPort !== '' && (!/^\d+$/.test(hostPort) || Number(hostPort) > 65535)) throw wrap(msg.invalidHostPort(hostPort));
    if (proto !== 'tcp' && proto !== 'udp') throw wrap(`invalid proto: ${proto}`);
    out.push({ hostIp, hostPort: hostPort === '' ? ephemeralPort(ctx) : Number(hostPort), containerPort: Number(containerPort), protocol: proto });
  }
  if (publishAll) {
    for (const port of exposed) {
      const [num, proto = 'tcp'] = port.split('/') as [string, string?];
      if (!out.some((p) => p.containerPort === Number(num))) out.push({ hostIp: '0.0.0.0', hostPort: ephemeralPort(ctx), containerPort: Number(num), protocol: proto as 'tcp' | 'udp' });
    }
  }
  return out;
}

export interface Created {
  container: Container;
  /** Pull progress ("Unable to find image…"), already written to stderr. */
  prelude: OutputChunk[];
}

/**
 * Validates everything before changing state, so a failed command leaves the host as it was.
 * `wrap` turns daemon text into run's or create's CLI error (exit 125).
 */
export function createContainer(args: Args, ctx: Ctx): Created {
  const wrap = (text: string, code = 125) => new CliError(msg.runFailed(text, ctx.path), code);
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
  const restartPolicy = parseRestartPolicy(args.string('restart'), args.bool('rm'), wrap);
  const name = args.string('name');
  let stderr = '';
  let image = ctx.daemon.findImage(imageInput);
  if (ref && (!image || args.string('pull') === 'always')) {
    if (args.string('pull') === 'never') throw wrap(msg.noSuchImage(familiarString(ref)));
    const quiet = args.bool('quiet');
    if (!image && !quiet) stderr += `Unable to find image '${familiarString(ref)}' locally\n`;
    try {
      const pulled = ctx.daemon.pull(ref);
      image = pulled.image;
      if (!quiet) stderr += pulled.lines.join('\n') + '\n';
    } catch (e) {
      // "Unable to find image" was already written when the pull fails (create.go).
      if (e instanceof DaemonError) throw new CliError(msg.runFailed(daemonText(e), ctx.path), 125, [err(stderr)]);
      throw e;
    }
  }
  if (!image) throw wrap(msg.noSuchImage(`sha256:${asId?.[1] ?? ''}`));
  // The daemon checks the name when it reserves it (daemon/names.go), after the image is found or pulled.
  try {
    if (name !== undefined) ctx.daemon.checkName(name);
  } catch (e) {
    if (e instanceof DaemonError) throw new CliError(msg.runFailed(daemonText(e), ctx.path), 125, [err(stderr)]);
    throw e;
  }
  const cfg = image.config.config;
  const exposed = Object.keys(cfg.ExposedPorts ?? {});
  const ports = parsePorts(args.list('publish'), exposed, args.bool('publish-all'), ctx, (t) => new CliError(msg.runFailed(t, ctx.path), 125, [err(stderr)]));
  const entrypointFlag = args.string('entrypoint');
  // Containers without -e share the image's Env array (it is never mutated).
  const env = args.list('env').length ? [...(cfg.Env ?? [])] : ((cfg.Env ?? []) as string[]);
  for (const e of args.list('env')) {
    const key = e.split('=')[0]!;
    const i = env.findIndex((x) => x.split('=')[0] === key);
    const value = e.includes('=') ? e : `${e}=`;
    if (i === -1) env.push(value);
    else env[i] = value;
  }
  // An imported image has neither Entrypoint nor Cmd: without a command the daemon refuses to create.
  if (command.length === 0 && !args.string('entrypoint') && !cfg.Entrypoint?.length && !cfg.Cmd?.length) throw new CliError(msg.runFailed(msg.noCommandSpecified(), ctx.path), 125, [err(stderr)]);
  let mounts;
  try {
    mounts = mountsFor(args, ctx.daemon, image);
  } catch (e) {
    // The CLI's own parse errors say "invalid argument … for -v"; the daemon's come wrapped as run's errors are.
    if (e instanceof MountSpecError) throw new CliError(msg.runFailed(e.side === 'daemon' ? `${msg.daemonPrefix()}${e.text}` : e.text, ctx.path), 125, [err(stderr)]);
    if (e instanceof DaemonError) throw new CliError(msg.runFailed(daemonText(e), ctx.path), 125, [err(stderr)]);
    throw e;
  }
  const container = ctx.daemon.createContainer({
    name,
    imageRef: imageInput,
    image,
    ports,
    config: {
      entrypoint: entrypointFlag !== undefined ? (entrypointFlag === '' ? null : [entrypointFlag]) : cfg.Entrypoint ?? null,
      cmd: command.length > 0 ? command : entrypointFlag !== undefined ? [] : cfg.Cmd ?? [],
      env,
      workingDir: args.string('workdir') ?? cfg.WorkingDir ?? '',
      tty: args.bool('tty'),
      interactive: args.bool('interactive'),
      autoRemove: args.bool('rm'),
      ...(args.string('hostname') ? { hostname: args.string('hostname') } : {}),
      restartPolicy,
      ...(mounts.length ? { mounts } : {}),
    },
  });
  return { container, prelude: [err(stderr)] };
}

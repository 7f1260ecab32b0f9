// The JSON `docker inspect` prints for containers and images (a subset of moby's fields, in
// moby's order), and the --format '{{.State.Status}}' lookups people type.
import type { ContainerMount } from '../model/mounted-fs';
import type { Daemon } from '../daemon/daemon';
import type { Container } from '../model/container';
import type { Image } from '../model/image';
import { rfc3339Nano } from '../format/duration';
import { goMapEntries } from '../format/go-json';
import { renderTemplate } from '../format/go-template';

/** Go marshals a map with its keys sorted. */
function sortedKeys<T>(map: Record<string, T>): Record<string, T> {
  return Object.fromEntries(goMapEntries(map));
}

type Bindings = Array<{ HostIp: string; HostPort: string }>;

/**
 * HostConfig.PortBindings keeps what -p asked for (no address given is ""); NetworkSettings.Ports
 * shows what is bound while running: Docker 29 binds 0.0.0.0 and :: for each, and exposed ports
 * nobody published are null.
 */
export function portMaps(c: Container): { requested: Record<string, Bindings>; bound: Record<string, Bindings | null> } {
  const requested: Record<string, Bindings> = {};
  const bound: Record<string, Bindings | null> = {};
  if (c.running) for (const e of Object.keys(c.image.config.config.ExposedPorts ?? {})) bound[e] = null;
  for (const p of c.ports) {
    const key = `${p.containerPort}/${p.protocol}`;
    const port = String(p.hostPort);
    (requested[key] ??= []).push({ HostIp: p.hostIp === '0.0.0.0' ? '' : p.hostIp, HostPort: port });
    if (!c.running) continue;
    const ips = p.hostIp === '0.0.0.0' ? ['0.0.0.0', '::'] : [p.hostIp];
    bound[key] = [...(bound[key] ?? []), ...ips.map((ip) => ({ HostIp: ip, HostPort: port }))];
  }
  return { requested: sortedKeys(requested), bound: sortedKeys(bound) };
}

/** `withSize` (inspect --size) adds SizeRw and SizeRootFs, which moby omits otherwise. */
/** One entry of inspect's Mounts (moby api/types/container.MountPoint, in its field order). */
function mountDoc(m: ContainerMount): Record<string, unknown> {
  return {
    Type: m.type,
    ...(m.name ? { Name: m.name } : {}),
    Source: m.source,
    Destination: m.destination,
    ...(m.type === 'volume' ? { Driver: 'local' } : {}),
    Mode: m.mode,
    RW: !m.readOnly,
    Propagation: m.type === 'bind' ? 'rprivate' : '',
  };
}

export function containerDoc(c: Container, withSize = false): Record<string, unknown> {
  const argv = c.argv();
  const { requested, bound } = portMaps(c);
  return {
    Id: c.id,
    Created: rfc3339Nano(c.created),
    Path: argv[0] ?? '',
    Args: argv.slice(1),
    State: {
      Status: c.state(),
      Running: c.running,
      Paused: c.paused,
      Restarting: c.restarting,
      OOMKilled: false,
      Dead: c.dead,
      Pid: c.pid,
      ExitCode: c.exitCode,
      Error: '',
      StartedAt: rfc3339Nano(c.startedAt),
      FinishedAt: rfc3339Nano(c.finishedAt),
    },
    Image: c.image.id,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: 'overlayfs',
    Platform: 'linux',
    HostConfig: { AutoRemove: c.config.autoRemove, PortBindings: requested, RestartPolicy: c.config.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 } },
    ...(withSize ? { SizeRw: c.fs.sizeRw(), SizeRootFs: c.fs.sizeRw() + c.image.size } : {}),
    // moby always prints Mounts; the kit adds it when there is one, so the talk's inspect outputs stay short.
    ...(c.config.mounts?.length ? { Mounts: c.config.mounts.map(mountDoc) } : {}),
    Config: {
      Hostname: c.hostname(),
      Tty: c.config.tty,
      OpenStdin: c.config.interactive,
      Env: c.config.env,
      Cmd: c.config.cmd,
      Image: c.imageRef,
      WorkingDir: c.config.workingDir,
      Entrypoint: c.config.entrypoint,
    },
    NetworkSettings: { Ports: bound },
  };
}

export function imageDoc(image: Image, state: Daemon): Record<string, unknown> {
  return {
    Id: image.id,
    RepoTags: state.tagsOf(image.id),
    RepoDigests: [...state.repoDigestsOf(image.id)],
    Created: image.config.created,
    Author: image.config.author ?? '',
    Config: image.config.config,
    Architecture: image.config.architecture,
    Os: image.config.os,
    Size: image.size,
    RootFS: { Type: 'layers', Layers: image.config.rootfs.diff_ids },
  };
}

/** Go's json.MarshalIndent with 4 spaces, as `docker inspect` prints (an array). */
export function inspectJson(docs: unknown[]): string {
  return JSON.stringify(docs, null, 4) + '\n';
}

/** `--format '{{.State.Status}}'` / `{{json .Config}}` on one document. */
export function formatDoc(format: string, doc: Record<string, unknown>): string {
  return renderTemplate(format, doc);
}

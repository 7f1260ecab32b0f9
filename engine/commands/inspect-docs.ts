// The JSON `docker inspect` prints for containers and images (a subset of moby's fields, in
// moby's order), and the --format '{{.State.Status}}' lookups people type.
import type { ContainerMount } from '../model/mounted-fs';
import type { Daemon } from '../daemon/daemon';
import type { Container } from '../model/container';
import type { Image } from '../model/image';
import { rfc3339Nano } from '../format/duration';
import { goMapEntries } from '../format/go-json';
import { MEDIA } from '../model/oci';
import { digestOf } from '../model/digest';

/** The default bridge: 172.17.0.0/16 with the gateway at .1 (model/etc-files.ts BridgeAddresses). */
const BRIDGE_GATEWAY = '172.17.0.1';
const BRIDGE_PREFIX_LEN = 16;

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

/**
 * NetworkSettings.Networks: the default bridge's endpoint (moby docker-v29.7.2
 * api/types/network/endpoint.go EndpointSettings, in its field order; no json tags, no omitempty).
 * A container never started has the entry with nothing in it (daemon/create.go); a start sets
 * NetworkID and the operational fields (daemon/network.go updateEndpointNetworkSettings); a stop
 * clears those again but keeps NetworkID (daemon/container_operations.go cleanOperationalData).
 * The default bridge has no aliases and no DNS names. The endpoint ID and the random MAC
 * (bridge_linux.go GenerateRandomMAC: unicast, locally administered) are made from the container
 * and its start time, so a replay prints the same and a restart gets new ones.
 */
function networksDoc(c: Container, networkId: string): Record<string, unknown> {
  const connected = c.ip !== undefined;
  const endpoint = connected ? digestOf(`endpoint ${c.id} ${c.startedAt ?? 0}`).slice('sha256:'.length) : '';
  const mac = connected
    ? [0, 1, 2, 3, 4, 5].map((i) => {
        const byte = parseInt(endpoint.slice(i * 2, i * 2 + 2), 16);
        return (i === 0 ? (byte & 0xfe) | 0x02 : byte).toString(16).padStart(2, '0');
      })
    : [];
  return {
    bridge: {
      IPAMConfig: null,
      Links: null,
      Aliases: null,
      DriverOpts: null,
      GwPriority: 0,
      NetworkID: c.startedAt === null ? '' : networkId,
      EndpointID: connected ? digestOf(`endpoint id ${endpoint}`).slice('sha256:'.length) : '',
      Gateway: connected ? BRIDGE_GATEWAY : '',
      IPAddress: c.ip ?? '',
      MacAddress: mac.join(':'),
      IPPrefixLen: connected ? BRIDGE_PREFIX_LEN : 0,
      IPv6Gateway: '',
      GlobalIPv6Address: '',
      GlobalIPv6PrefixLen: 0,
      DNSNames: null,
    },
  };
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

export function containerDoc(c: Container, withSize = false, networkId = ''): Record<string, unknown> {
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
    HostConfig: {
      AutoRemove: c.config.autoRemove,
      PortBindings: requested,
      RestartPolicy: c.config.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 },
      ReadonlyRootfs: c.config.readOnly ?? false,
      // Init is a *bool: null (left out) unless --init was given.
      ...(c.config.init !== undefined ? { Init: c.config.init } : {}),
    },
    ...(withSize ? { SizeRw: c.fs.sizeRw(), SizeRootFs: c.fs.sizeRw() + c.image.size } : {}),
    // moby always sends Mounts: [] without volumes or binds ({{json .Mounts}} is []).
    Mounts: (c.config.mounts ?? []).map(mountDoc),
    Config: {
      Hostname: c.hostname(),
      User: c.config.user ?? '',
      // moby's container.Config order; ExposedPorts, StopSignal and StopTimeout are omitempty.
      ...(c.config.exposedPorts?.length ? { ExposedPorts: Object.fromEntries(c.config.exposedPorts.map((p) => [p, {}])) } : {}),
      Tty: c.config.tty,
      OpenStdin: c.config.interactive,
      Env: c.config.env,
      Cmd: c.config.cmd,
      Image: c.imageRef,
      WorkingDir: c.config.workingDir,
      Entrypoint: c.config.entrypoint,
      Labels: sortedKeys(c.config.labels ?? {}),
      ...(c.config.stopSignal ? { StopSignal: c.config.stopSignal } : {}),
      ...(c.config.stopTimeout !== undefined ? { StopTimeout: c.config.stopTimeout } : {}),
    },
    NetworkSettings: { Ports: bound, Networks: networksDoc(c, networkId) },
  };
}

/**
 * Docker 29's image inspect with the containerd store (moby daemon/containerd/image_inspect.go,
 * api/types/image/image_inspect.go): Comment is the last history entry's, Comment and Author are
 * omitted when empty, Metadata.LastTagTime is when the image arrived here, and Descriptor is the
 * image's target (the index it was pulled through, else its manifest).
 */
export function imageDoc(image: Image, state: Daemon): Record<string, unknown> {
  const history = image.config.history;
  const comment = history[history.length - 1]?.comment ?? '';
  const author = image.config.author ?? '';
  return {
    Id: image.id,
    RepoTags: state.tagsOf(image.id),
    RepoDigests: [...state.repoDigestsOf(image.id)],
    ...(comment ? { Comment: comment } : {}),
    Created: image.config.created,
    ...(author ? { Author: author } : {}),
    Config: image.config.config,
    Architecture: image.config.architecture,
    Os: image.config.os,
    Size: image.size,
    RootFS: { Type: 'layers', Layers: image.config.rootfs.diff_ids },
    Metadata: { LastTagTime: rfc3339Nano(state.arrived.get(image.id) ?? null) },
    // The containerd store's image is its target: Id is the target's digest (image_inspect.go).
    Descriptor: { mediaType: image.indexDoc ? MEDIA.index : MEDIA.manifest, digest: image.targetDoc.digest, size: image.targetDoc.size },
  };
}

/** Go's json.MarshalIndent with 4 spaces, as `docker inspect` prints (an array). */
export function inspectJson(docs: unknown[]): string {
  return JSON.stringify(docs, null, 4) + '\n';
}

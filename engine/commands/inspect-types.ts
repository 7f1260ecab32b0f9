// The Go types `docker inspect` runs a --format template on first (moby api/types/container
// InspectResponse, api/types/image InspectResponse), so structs print as {…}, a missing field is
// an error and map keys that are absent print <no value>; the CLI then retries on the raw JSON
// with missingkey=error (cli/command/inspect/inspector.go).
import { T, type GoType } from '../format/template/index';

/** Both responses name the field ID and tag it `json:"Id"`: {{.ID}} works on the struct, {{.Id}} only on the raw JSON. */
function withIdTag(name: string, fields: Record<string, GoType>): GoType {
  return { kind: 'struct', name, fields, jsonNames: { ID: 'Id' } };
}

const EMPTY_STRUCT = T.struct('struct {}', {});
const PORT_BINDING = T.struct('container.PortBinding', { HostIp: T.string, HostPort: T.string });
const PORT_MAP = T.map(T.slice(PORT_BINDING), 'container.PortMap');
const STR_SLICE = T.slice(T.string);

const STATE = T.struct('container.State', {
  Status: T.string,
  Running: T.bool,
  Paused: T.bool,
  Restarting: T.bool,
  OOMKilled: T.bool,
  Dead: T.bool,
  Pid: T.int,
  ExitCode: T.int,
  Error: T.string,
  StartedAt: T.string,
  FinishedAt: T.string,
  Health: T.ptr(T.struct('container.Health', { Status: T.string, FailingStreak: T.int, Log: T.slice(T.any) })),
});
const HOST_CONFIG = T.struct('container.HostConfig', {
  Binds: STR_SLICE,
  ContainerIDFile: T.string,
  NetworkMode: T.string,
  PortBindings: PORT_MAP,
  RestartPolicy: T.struct('container.RestartPolicy', { Name: T.string, MaximumRetryCount: T.int }),
  AutoRemove: T.bool,
  VolumeDriver: T.string,
  VolumesFrom: STR_SLICE,
  Privileged: T.bool,
  PublishAllPorts: T.bool,
  ReadonlyRootfs: T.bool,
  Init: T.ptr(T.bool),
});
const MOUNT = T.struct('container.MountPoint', {
  Type: T.string,
  Name: T.string,
  Source: T.string,
  Destination: T.string,
  Driver: T.string,
  Mode: T.string,
  RW: T.bool,
  Propagation: T.string,
});
const CONFIG = T.struct('container.Config', {
  Hostname: T.string,
  Domainname: T.string,
  User: T.string,
  AttachStdin: T.bool,
  AttachStdout: T.bool,
  AttachStderr: T.bool,
  ExposedPorts: T.map(EMPTY_STRUCT, 'container.PortSet'),
  Tty: T.bool,
  OpenStdin: T.bool,
  StdinOnce: T.bool,
  Env: STR_SLICE,
  Cmd: T.slice(T.string, 'strslice.StrSlice'),
  Image: T.string,
  Volumes: T.map(EMPTY_STRUCT),
  WorkingDir: T.string,
  Entrypoint: T.slice(T.string, 'strslice.StrSlice'),
  OnBuild: STR_SLICE,
  Labels: T.map(T.string),
  StopSignal: T.string,
  StopTimeout: T.ptr(T.int),
});
const NETWORK_SETTINGS = T.struct('container.NetworkSettings', {
  SandboxID: T.string,
  SandboxKey: T.string,
  Ports: PORT_MAP,
  // moby docker-v29.7.2 api/types/network/endpoint.go (netip.Addr and HardwareAddr marshal as text).
  Networks: T.map(
    T.ptr(
      T.struct('network.EndpointSettings', {
        IPAMConfig: T.ptr(
          T.struct('network.EndpointIPAMConfig', { IPv4Address: T.string, IPv6Address: T.string, LinkLocalIPs: STR_SLICE }),
        ),
        Links: STR_SLICE,
        Aliases: STR_SLICE,
        DriverOpts: T.map(T.string),
        GwPriority: T.int,
        NetworkID: T.string,
        EndpointID: T.string,
        Gateway: T.string,
        IPAddress: T.string,
        MacAddress: T.string,
        IPPrefixLen: T.int,
        IPv6Gateway: T.string,
        GlobalIPv6Address: T.string,
        GlobalIPv6PrefixLen: T.int,
        DNSNames: STR_SLICE,
      }),
    ),
  ),
});

export const CONTAINER_INSPECT: GoType = withIdTag('container.InspectResponse', {
  ID: T.string,
  Created: T.string,
  Path: T.string,
  Args: STR_SLICE,
  State: T.ptr(STATE),
  Image: T.string,
  ResolvConfPath: T.string,
  HostnamePath: T.string,
  HostsPath: T.string,
  LogPath: T.string,
  Name: T.string,
  RestartCount: T.int,
  Driver: T.string,
  Platform: T.string,
  MountLabel: T.string,
  ProcessLabel: T.string,
  AppArmorProfile: T.string,
  ExecIDs: STR_SLICE,
  HostConfig: T.ptr(HOST_CONFIG),
  SizeRw: T.ptr(T.int),
  SizeRootFs: T.ptr(T.int),
  Mounts: T.slice(MOUNT),
  Config: T.ptr(CONFIG),
  NetworkSettings: T.ptr(NETWORK_SETTINGS),
});

const IMAGE_CONFIG = T.struct('v1.DockerOCIImageConfig', {
  User: T.string,
  ExposedPorts: T.map(EMPTY_STRUCT),
  Env: STR_SLICE,
  Entrypoint: STR_SLICE,
  Cmd: STR_SLICE,
  Volumes: T.map(EMPTY_STRUCT),
  WorkingDir: T.string,
  Labels: T.map(T.string),
  StopSignal: T.string,
  ArgsEscaped: T.bool,
  OnBuild: STR_SLICE,
  Shell: STR_SLICE,
});
export const IMAGE_INSPECT: GoType = withIdTag('image.InspectResponse', {
  ID: T.string,
  RepoTags: STR_SLICE,
  RepoDigests: STR_SLICE,
  Comment: T.string,
  Created: T.string,
  Author: T.string,
  Config: T.ptr(IMAGE_CONFIG),
  Architecture: T.string,
  Variant: T.string,
  Os: T.string,
  OsVersion: T.string,
  Size: T.int,
  RootFS: T.struct('image.RootFS', { Type: T.string, Layers: STR_SLICE }),
  Metadata: T.struct('image.Metadata', { LastTagTime: T.string }),
  Descriptor: T.ptr(T.struct('v1.Descriptor', { mediaType: T.string, digest: T.string, size: T.int })),
});

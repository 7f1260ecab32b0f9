// The data `docker version` renders: the CLI's versionInfo{Client, Server}
// (cli/command/system/version.go), with the Server part as the engine's /version reply, and the
// Go types the template runs on. The objects are keyed as the JSON is (ApiVersion); the types
// map Go field names (APIVersion) to those keys.
import { T, type GoType, type Val } from '../../format/template/index';
import { DOCKER, KERNEL_RELEASE } from '../../model/versions';

const PLATFORM: GoType = T.struct('system.platformInfo', { Name: T.string });
const CLIENT: GoType = {
  kind: 'struct',
  name: 'system.clientVersion',
  fields: {
    Platform: T.ptr(PLATFORM),
    Version: T.string,
    APIVersion: T.string,
    DefaultAPIVersion: T.string,
    GitCommit: T.string,
    GoVersion: T.string,
    Os: T.string,
    Arch: T.string,
    BuildTime: T.string,
    Context: T.string,
  },
  jsonNames: { APIVersion: 'ApiVersion' },
  omitEmpty: ['Platform', 'Version', 'APIVersion', 'DefaultAPIVersion', 'GitCommit', 'GoVersion', 'Os', 'Arch', 'BuildTime'],
};
const COMPONENT: GoType = {
  kind: 'struct',
  name: 'system.ComponentVersion',
  fields: { Name: T.string, Version: T.string, Details: T.map(T.string) },
  omitEmpty: ['Details'],
};
const SERVER: GoType = {
  kind: 'struct',
  name: 'system.serverVersion',
  fields: {
    Platform: T.struct('client.PlatformInfo', { Name: T.string }),
    Version: T.string,
    APIVersion: T.string,
    MinAPIVersion: T.string,
    Os: T.string,
    Arch: T.string,
    Components: T.slice(COMPONENT),
    GitCommit: T.string,
    GoVersion: T.string,
    KernelVersion: T.string,
    Experimental: T.bool,
    BuildTime: T.string,
  },
  jsonNames: { APIVersion: 'ApiVersion' },
  omitEmpty: ['MinAPIVersion', 'Components', 'GitCommit', 'GoVersion', 'KernelVersion', 'Experimental', 'BuildTime'],
};
export const VERSION_INFO: GoType = T.struct('system.versionInfo', { Client: CLIENT, Server: T.ptr(SERVER) });

export function versionDoc(): Record<string, unknown> {
  const d = DOCKER;
  return {
    Client: {
      Platform: { Name: 'Docker Engine - Community' },
      Version: d.version,
      ApiVersion: d.api,
      DefaultAPIVersion: d.api,
      GitCommit: d.cliCommit,
      GoVersion: d.go,
      Os: 'linux',
      Arch: 'amd64',
      BuildTime: d.built,
      Context: 'default',
    },
    Server: {
      Platform: { Name: 'Docker Engine - Community' },
      Version: d.version,
      ApiVersion: d.api,
      MinAPIVersion: '1.44',
      Os: 'linux',
      Arch: 'amd64',
      Components: [
        {
          Name: 'Engine',
          Version: d.version,
          Details: {
            ApiVersion: d.api,
            Arch: 'amd64',
            BuildTime: d.built,
            Experimental: 'false',
            GitCommit: d.engineCommit,
            GoVersion: d.go,
            KernelVersion: KERNEL_RELEASE,
            MinAPIVersion: '1.44',
            Os: 'linux',
          },
        },
        { Name: 'containerd', Version: d.containerd, Details: { GitCommit: d.containerdCommit } },
        { Name: 'runc', Version: d.runc, Details: { GitCommit: d.runcCommit } },
        { Name: 'docker-init', Version: d.dockerInit, Details: { GitCommit: d.dockerInitCommit } },
      ],
      GitCommit: d.engineCommit,
      GoVersion: d.go,
      KernelVersion: KERNEL_RELEASE,
      BuildTime: d.built,
    },
  };
}

export const versionValue = (): Val => ({ v: versionDoc(), t: VERSION_INFO });

// The data `docker version --format` renders: the CLI's versionInfo{Client, Server}
// (cli/command/system/version.go), with the Server part as the engine's /version reply.
import { DOCKER, KERNEL_RELEASE } from '../../model/versions';

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
      Components: [
        { Name: 'Engine', Version: d.version, Details: { ApiVersion: d.api, Arch: 'amd64', BuildTime: d.built, Experimental: 'false', GitCommit: d.engineCommit, GoVersion: d.go, KernelVersion: KERNEL_RELEASE, MinAPIVersion: '1.44', Os: 'linux' } },
        { Name: 'containerd', Version: d.containerd, Details: {} },
        { Name: 'runc', Version: d.runc, Details: {} },
        { Name: 'docker-init', Version: '0.19.0', Details: {} },
      ],
      Version: d.version,
      ApiVersion: d.api,
      MinAPIVersion: '1.44',
      GitCommit: d.engineCommit,
      GoVersion: d.go,
      Os: 'linux',
      Arch: 'amd64',
      KernelVersion: KERNEL_RELEASE,
      BuildTime: d.built,
    },
  };
}

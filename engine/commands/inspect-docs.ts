// The JSON `docker inspect` prints for containers and images (a subset of moby's fields, in
// moby's order), and the --format '{{.State.Status}}' lookups people type.
import type { HostState } from '../host-state';
import type { Container } from '../model/container';
import type { Image } from '../model/image';
import { rfc3339Nano } from '../format/duration';
import { renderTemplate } from '../format/go-template';

/** `withSize` (inspect --size) adds SizeRw and SizeRootFs, which moby omits otherwise. */
export function containerDoc(c: Container, withSize = false): Record<string, unknown> {
  const argv = c.argv();
  const portMap = Object.fromEntries(c.ports.map((p) => [`${p.containerPort}/${p.protocol}`, [{ HostIp: p.hostIp, HostPort: String(p.hostPort) }]]));
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
    HostConfig: { AutoRemove: c.config.autoRemove, PortBindings: portMap, RestartPolicy: c.config.restartPolicy ?? { Name: 'no', MaximumRetryCount: 0 } },
    ...(withSize ? { SizeRw: c.fs.sizeRw(), SizeRootFs: c.fs.sizeRw() + c.image.size } : {}),
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
    NetworkSettings: { Ports: c.running ? portMap : {} },
  };
}

export function imageDoc(image: Image, state: HostState): Record<string, unknown> {
  return {
    Id: image.id,
    RepoTags: state.tagsOf(image.id),
    RepoDigests: [...(state.repoDigests.get(image.id) ?? [])],
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

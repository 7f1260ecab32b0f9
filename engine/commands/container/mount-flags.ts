// -v/--volume and --mount of run and create: parsed by model/mounts.ts (-v) and mount-opt.ts (--mount), then handed to the daemon,
// which creates named and anonymous volumes and checks bind sources (daemon/mounts.ts). Relative
// bind sources are the host shell's current directory's.
import type { Args, FlagSpec } from '../../cli/spec';
import { HOST_HOME } from '../../daemon/daemon';
import type { Daemon } from '../../daemon/daemon';
import type { Image } from '../../model/image';
import type { ContainerMount } from '../../model/mounted-fs';
import { MountSpecError, mountRequestOf, parseVolumeFlag } from '../../model/mounts';
import { mountOptProblem, readMountOpt } from './mount-opt';

/** docker/cli v29.7.2 cli/command/container/opts.go. */
export const mountFlags: FlagSpec[] = [
  // A --mount value is read while the flags are parsed (pflag calls MountOpt.Set), so a bad one is a
  // flag error before anything else is looked at.
  { long: 'mount', kind: 'list', valueName: 'mount', description: 'Attach a filesystem mount to the container', check: mountOptProblem },
  { long: 'volume', short: 'v', kind: 'list', description: 'Bind mount a volume' },
];

/** The container's mounts; a refusal is a MountSpecError (CLI side) or a DaemonError. */
export function mountsFor(args: Args, daemon: Daemon, image: Image): ContainerMount[] {
  const requests = [
    ...args.list('volume').map((v) => parseVolumeFlag(v, HOST_HOME, daemon.hostShell.cwd)),
    ...args.list('mount').map((m) => mountRequestOf(readMountOpt(m), daemon.hostShell.cwd)),
  ];
  return daemon.resolveMounts(requests, image);
}

export { MountSpecError };

// The Docker release the simulated host answers as (the kit's fidelity target: Engine and CLI 29
// with the containerd image store).
export const DOCKER = {
  version: '29.7.2',
  api: '1.52',
  go: 'go1.25.9',
  cliCommit: '28f7560',
  engineCommit: 'b985e23',
  built: 'Thu Aug 20 12:00:00 2026',
  containerd: 'v2.2.1',
  /** The commits `docker version` prints for the components: containerd v2.2.1's tag, runc's git describe, tini's. */
  containerdCommit: 'dea7da592f5d1d2b7755e3a161be07f43fad8f75',
  runc: '1.3.4',
  runcCommit: 'v1.3.4-0-gd6d73eb8',
  dockerInit: '0.19.0',
  dockerInitCommit: 'de40ad0',
} as const;

/**
 * The host's kernel (Docker Desktop's LinuxKit VM): `docker info`/`version` report it, `uname -r` in
 * any container prints it, and nginx logs it at start.
 */
export const KERNEL_RELEASE = '6.12.54-linuxkit';
export const KERNEL_BUILD = '#1 SMP PREEMPT_DYNAMIC';

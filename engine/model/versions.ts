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
  runc: '1.3.4',
} as const;

/**
 * The host's kernel (Docker Desktop's LinuxKit VM): `docker info`/`version` report it, `uname -r` in
 * any container prints it, and nginx logs it at start.
 */
export const KERNEL_RELEASE = '6.12.54-linuxkit';
export const KERNEL_BUILD = '#1 SMP PREEMPT_DYNAMIC';

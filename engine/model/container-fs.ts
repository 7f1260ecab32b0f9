// A container's filesystem as its processes see it: the copy-on-write rootfs (cow.ts) with the
// files the daemon bind-mounts over it (/etc/hostname, /etc/hosts, /etc/resolv.conf: moby
// daemon/container_operations_unix.go and container/container_unix.go NetworkMounts), and a root
// that `--read-only` mounts read-only (HostConfig.ReadonlyRootfs). A bind-mounted file lives
// outside the writable layer, so writing to it is no `docker diff` entry and no part of a commit.
import { CowFs, FsError } from './cow';
import type { FileEntry } from './entry';
import { parentOf } from './entry';
import { NETWORK_FILES, networkFile, type NetworkIdentity } from './etc-files';
import type { RootFs } from './image';

export class ContainerFs extends CowFs {
  /** What was written through a mount (a process, docker cp); an unwritten file is the daemon's, read from `network`. */
  #written: Map<string, FileEntry> | undefined;
  /** --read-only: writes outside the bind mounts fail with EROFS. */
  readOnly = false;

  constructor(
    lower: RootFs,
    private readonly network: NetworkIdentity,
  ) {
    super(lower);
  }

  /** The daemon writes the file anew (/etc/hosts at each start): what was written over it goes. */
  rewrite(path: string): void {
    this.#written?.delete(path);
  }

  /** The mount points, for `docker diff`'s and commit's exclusions and for tests. */
  bindPaths(): string[] {
    return [...NETWORK_FILES];
  }

  /** The mounted file at `path`, if one is mounted there. */
  #bound(path: string): FileEntry | undefined {
    if (!NETWORK_FILES.has(path)) return undefined;
    return this.#written?.get(path) ?? { type: 'file', content: networkFile(path, this.network), mode: 0o644 };
  }

  override lstat(path: string): ReturnType<CowFs['lstat']> {
    return this.#bound(path) ?? super.lstat(path);
  }

  override list(input: string): string[] {
    const names = new Set(super.list(input));
    const dir = this.resolve(input);
    for (const path of NETWORK_FILES) if (parentOf(path) === dir) names.add(path.slice(path.lastIndexOf('/') + 1));
    return [...names].sort();
  }

  override writeFile(input: string, content: string, append = false): void {
    const path = this.resolve(input);
    const bound = this.#bound(path);
    if (bound) {
      (this.#written ??= new Map()).set(path, { type: 'file', content: append ? bound.content + content : content, mode: bound.mode });
      return;
    }
    this.#writable(input);
    super.writeFile(input, content, append);
  }

  override touch(input: string): void {
    if (NETWORK_FILES.has(this.resolve(input))) return;
    this.#writable(input);
    super.touch(input);
  }
  override mkdir(input: string, parents = false): void {
    if (this.readOnly) {
      // mkdir -p of directories that all exist writes nothing, so it succeeds on a read-only root.
      const exists = this.stat(input)?.type === 'dir';
      if (!(parents && exists)) this.#writable(input);
    }
    super.mkdir(input, parents);
  }

  override remove(input: string, recursive = false): void {
    // A mount point cannot be unlinked (EBUSY in the kernel); the kit reports it read-only.
    if (NETWORK_FILES.has(this.resolveParents(input))) throw new FsError('EROFS', input);
    this.#writable(input);
    super.remove(input, recursive);
  }

  #writable(path: string): void {
    if (this.readOnly) throw new FsError('EROFS', path);
  }
}

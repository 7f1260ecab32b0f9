// A container's filesystem with mounts over it: below a mount point, reads and writes go to the
// volume or the host directory, never to the writable layer, so they are not in `docker diff`,
// `ps -s` or a `commit` (moby mounts them over the rootfs in the container's mount namespace).
import { FsError } from './cow';
import { ContainerFs } from './container-fs';
import type { Entry } from './entry';
import { parentOf } from './entry';
import type { NetworkIdentity } from './etc-files';
import type { RootFs } from './image';
import type { MountStore } from './mount-tree';

/** One mount as the container holds it: where, what backs it, and what inspect's Mounts shows. */
export interface ContainerMount {
  type: 'volume' | 'bind';
  /** The volume's name (volumes only). */
  name?: string;
  /** The host path: the volume's _data directory, or the bound directory. */
  source: string;
  destination: string;
  readOnly: boolean;
  mode: string;
  store: MountStore;
}

export class MountedFs extends ContainerFs {
  readonly #mounts: readonly ContainerMount[];

  constructor(lower: RootFs, network: NetworkIdentity, mounts: readonly ContainerMount[]) {
    super(lower, network);
    // Innermost first: /data/logs wins over /data.
    this.#mounts = [...mounts].sort((a, b) => b.destination.length - a.destination.length);
  }

  /** The mount a path lies in, and the path relative to its root. */
  #covering(path: string): { mount: ContainerMount; rel: string } | undefined {
    for (const mount of this.#mounts) {
      if (path === mount.destination) return { mount, rel: '/' };
      if (path.startsWith(mount.destination + '/')) return { mount, rel: path.slice(mount.destination.length) };
    }
    return undefined;
  }

  #writable(path: string): { mount: ContainerMount; rel: string } | undefined {
    const hit = this.#covering(path);
    if (hit?.mount.readOnly) throw new FsError('EROFS', path);
    return hit;
  }

  #parentDir(path: string): Entry | undefined {
    const parent = this.stat(parentOf(path));
    if (!parent) throw new FsError('ENOENT', path);
    if (parent.type !== 'dir') throw new FsError('ENOTDIR', path);
    return this.lstat(path);
  }

  override lstat(path: string): Entry | undefined {
    const hit = this.#covering(path);
    return hit ? hit.mount.store.get(hit.rel) : super.lstat(path);
  }

  override list(input: string): string[] {
    const dir = this.resolve(input);
    const hit = this.#covering(dir);
    if (!hit) {
      const names = new Set(super.list(input));
      for (const m of this.#mounts) if (parentOf(m.destination) === dir) names.add(m.destination.slice(m.destination.lastIndexOf('/') + 1));
      return [...names].sort();
    }
    const entry = hit.mount.store.get(hit.rel);
    if (!entry) throw new FsError('ENOENT', dir);
    if (entry.type !== 'dir') throw new FsError('ENOTDIR', dir);
    return hit.mount.store.children(hit.rel);
  }

  override writeFile(input: string, content: string, append = false): void {
    const path = this.resolve(input);
    const hit = this.#writable(path);
    if (!hit) return super.writeFile(input, content, append);
    const existing = this.#parentDir(path);
    if (existing?.type === 'dir') throw new FsError('EISDIR', path);
    const previous = existing?.type === 'file' ? existing : undefined;
    hit.mount.store.set(hit.rel, {
      type: 'file',
      content: append && previous ? previous.content + content : content,
      mode: previous?.mode ?? 0o644,
    });
  }

  override touch(input: string): void {
    const path = this.resolve(input);
    const hit = this.#writable(path);
    if (!hit) return super.touch(input);
    if (!this.#parentDir(path)) this.writeFile(path, '');
  }

  override mkdir(input: string, parents = false): void {
    const path = this.resolveParents(input);
    const hit = parents ? undefined : this.#writable(path);
    if (!hit) return super.mkdir(input, parents);
    if (this.#parentDir(path)) throw new FsError('EEXIST', path);
    hit.mount.store.set(hit.rel, { type: 'dir', mode: 0o755 });
  }

  override remove(input: string, recursive = false): void {
    const path = this.resolveParents(input);
    const hit = this.#writable(path);
    if (!hit) return super.remove(input, recursive);
    const entry = this.lstat(path);
    if (!entry) throw new FsError('ENOENT', path);
    if (entry.type === 'dir' && !recursive) throw new FsError(this.list(path).length > 0 ? 'ENOTEMPTY' : 'EISDIR', path);
    // The mount point itself cannot go (EBUSY); what is in it can.
    if (hit.rel === '/') for (const name of hit.mount.store.children('/')) hit.mount.store.delete(`/${name}`);
    else hit.mount.store.delete(hit.rel);
  }
}

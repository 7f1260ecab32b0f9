// A local volume (moby daemon/volume/local): a named directory on the host, outside every image
// and every container's writable layer, at /var/lib/docker/volumes/<name>/_data. Its files are
// kept here; containers that mount it read and write them directly.
import type { Entry } from './entry';
import { MountTree } from './mount-tree';

export const VOLUMES_ROOT = '/var/lib/docker/volumes';
/** moby daemon/volume/service/service.go AnonymousLabel. */
export const ANONYMOUS_LABEL = 'com.docker.volume.anonymous';

export class Volume {
  readonly files = new MountTree();

  constructor(
    readonly name: string,
    /** Epoch ms. */
    readonly createdAt: number,
    readonly labels: Readonly<Record<string, string>> | null,
    readonly options: Readonly<Record<string, string>> | null,
  ) {}

  get anonymous(): boolean {
    return this.labels !== null && ANONYMOUS_LABEL in this.labels;
  }

  get mountpoint(): string {
    return `${VOLUMES_ROOT}/${this.name}/_data`;
  }

  /** Bytes of its regular files (system df's SIZE). */
  size(): number {
    return this.files.size();
  }

  /** The image's files under a mount point, copied into an empty volume on its first mount (moby CopyData). */
  fillFrom(entries: Iterable<[string, Entry]>): void {
    for (const [rel, entry] of entries) this.files.set(rel, entry);
  }
}

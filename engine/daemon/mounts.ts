// The daemon's part of -v/--mount and an image's VOLUME (moby docker-v29.7.2 daemon/volumes.go
// registerMountPoints, daemon/create_unix.go createContainerOSSpecificSettings): named volumes
// are created on first use, each VOLUME path not otherwise mounted gets an anonymous volume (a
// 64-hex name), an empty volume is first filled with the image's files under its mount point
// (CopyData, unless nocopy), and a bind mount is the host's own directory (-v creates a missing
// one, --mount refuses it).
import { BindSourceMissing } from '../errors/daemon-errors';
import type { Entry } from '../model/entry';
import type { Image } from '../model/image';
import type { MountStore } from '../model/mount-tree';
import type { ContainerMount } from '../model/mounted-fs';
import type { MountRequest } from '../model/mounts';
import { ANONYMOUS_LABEL } from '../model/volume';
import { hostChildren, isHostDir } from '../shell/host-disk';
import type { Daemon } from './daemon';

/** Each image's VOLUME paths, read once (an image's history never changes; every create asks). */
const volumesOf = new WeakMap<Image, string[]>();

/**
 * The paths an image declares with VOLUME. The kit's image config does not carry `Volumes` (adding
 * it would change every bundled image's ID), so they are read from the history entry the build
 * left ("VOLUME [/data]"), which names the same paths.
 */
export function imageVolumes(image: Image): readonly string[] {
  let paths = volumesOf.get(image);
  if (!paths) {
    paths = [];
    for (const h of image.config.history) {
      const m = /^VOLUME \[(.*)\]$/.exec(h.created_by);
      if (m) for (const p of m[1]!.split(/[ ,]+/).filter(Boolean)) paths.push(p.replace(/^"|"$/g, ''));
    }
    volumesOf.set(image, paths);
  }
  return paths;
}

/** A host directory as a mount's backing: reads and writes go to the host's disk. */
function hostDirStore(daemon: Daemon, root: string): MountStore {
  const full = (rel: string) => (rel === '/' ? root : root === '/' ? rel : root + rel);
  return {
    get(rel): Entry | undefined {
      const path = full(rel);
      const content = daemon.hostFiles.get(path);
      if (content !== undefined) return { type: 'file', content, mode: 0o644 };
      return isHostDir(daemon, path) ? { type: 'dir', mode: 0o755 } : undefined;
    },
    children: (rel) => hostChildren(daemon, full(rel)),
    set(rel, entry) {
      if (entry.type === 'file') daemon.writeHostFile(full(rel), entry.content);
      else if (entry.type === 'dir') daemon.makeHostDir(full(rel));
    },
    delete: (rel) => daemon.removeHostPath(full(rel)),
  };
}

/** The image's entries under `dir`, relative to it (what CopyData copies). */
function imageFilesUnder(image: Image, dir: string): Array<[string, Entry]> {
  const out: Array<[string, Entry]> = [];
  for (const [path, entry] of image.rootfs().tree) if (path.startsWith(dir + '/')) out.push([path.slice(dir.length), entry]);
  return out;
}

export function resolveMounts(daemon: Daemon, requests: readonly MountRequest[], image: Image): ContainerMount[] {
  const mounts: ContainerMount[] = [];
  if (requests.length === 0 && imageVolumes(image).length === 0) return mounts;
  const taken = new Set(requests.map((r) => r.destination));
  const anonymous = imageVolumes(image)
    .filter((p) => !taken.has(p))
    .map((destination): MountRequest => ({ type: 'volume', destination, readOnly: false, mode: '', via: '--mount', noCopy: false }));
  for (const r of [...requests, ...anonymous]) {
    if (r.type === 'bind') {
      const source = r.source!;
      if (!isHostDir(daemon, source) && !daemon.hostFiles.has(source)) {
        if (r.via === '--mount' && !r.createSource) throw new BindSourceMissing(source);
        daemon.makeHostDir(source);
      }
      mounts.push({
        type: 'bind',
        source,
        destination: r.destination,
        readOnly: r.readOnly,
        mode: r.mode,
        store: hostDirStore(daemon, source),
      });
      continue;
    }
    const volume = r.source
      ? (daemon.findVolume(r.source) ?? daemon.createVolume({ name: r.source, labels: null, options: null }))
      : daemon.createVolume({ labels: { [ANONYMOUS_LABEL]: '' }, options: null });
    if (volume.files.empty && !r.noCopy) volume.fillFrom(imageFilesUnder(image, r.destination));
    mounts.push({
      type: 'volume',
      name: volume.name,
      source: volume.mountpoint,
      destination: r.destination,
      readOnly: r.readOnly,
      mode: r.mode,
      store: volume.files,
    });
  }
  return mounts;
}

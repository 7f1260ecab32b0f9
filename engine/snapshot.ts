// Read-only views of the host for components and exercise checks (engine/types.ts).
import type { Daemon } from './daemon/daemon';
import type { ContainerMount } from './model/mounted-fs';
import type { ContainerView, HostSnapshot, ImageView, MountView } from './types';

/** A mount and the files it holds, found by walking its store from its root. */
function mountView(m: ContainerMount): MountView {
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const name of m.store.children(rel)) {
      const child = rel === '/' ? `/${name}` : `${rel}/${name}`;
      const entry = m.store.get(child);
      if (entry?.type === 'dir') walk(child);
      else if (entry?.type === 'file') files.push(m.destination === '/' ? child : m.destination + child);
    }
  };
  walk('/');
  return {
    type: m.type,
    ...(m.name !== undefined ? { name: m.name } : {}),
    source: m.source,
    destination: m.destination,
    readOnly: m.readOnly,
    files: files.sort(),
  };
}

export function snapshotOf(state: Daemon): HostSnapshot {
  const containers: ContainerView[] = [...state.containers.values()].map((c) => ({
    id: c.id,
    name: c.name,
    image: c.imageRef,
    imageId: c.image.id,
    state: c.state(),
    exitCode: c.exitCode,
    command: c.argv().join(' '),
    ports: c.ports.map((p) => ({ ...p })),
    env: [...c.config.env],
    createdAt: c.created,
    startedAt: c.startedAt,
    finishedAt: c.finishedAt,
    changes: c.fs.changes(),
    sizeRw: c.fs.sizeRw(),
    imageSize: c.image.size,
    mounts: (c.config.mounts ?? []).map(mountView),
  }));
  const images: ImageView[] = [...state.images.values()].map((image) => {
    let layerIndex = 0;
    const cfg = image.config.config;
    return {
      id: image.id,
      repoTags: state.tagsOf(image.id),
      repoDigests: [...state.repoDigestsOf(image.id)],
      size: image.size,
      created: image.config.created,
      layers: image.config.history
        .filter((h) => !h.empty_layer)
        .map((h) => {
          const layer = image.layers[layerIndex++]!;
          return { diffId: layer.diffId, digest: layer.digest, size: layer.size, createdBy: h.created_by };
        }),
      history: image.config.history.map((h, i, all) => {
        const nonEmptyBefore = all.slice(0, i).filter((x) => !x.empty_layer).length;
        return {
          createdBy: h.created_by,
          created: h.created,
          emptyLayer: !!h.empty_layer,
          size: h.empty_layer ? 0 : (image.layers[nonEmptyBefore]?.size ?? 0),
          comment: h.comment ?? '',
        };
      }),
      containers: state.containersOf(image.id).map((c) => c.id),
      config: {
        env: [...(cfg.Env ?? [])],
        cmd: cfg.Cmd ? [...cfg.Cmd] : null,
        entrypoint: cfg.Entrypoint ? [...cfg.Entrypoint] : null,
        workingDir: cfg.WorkingDir ?? '',
        exposedPorts: Object.keys(cfg.ExposedPorts ?? {}),
      },
    };
  });
  return { version: state.version, containers, images };
}

// `docker volume inspect`'s document for a volume (moby api/types/volume.Volume, fields in the
// struct's order: CreatedAt, Driver, Labels, Mountpoint, Name, Options, Scope).
import type { Volume } from '../../model/volume';

/** The local driver stores CreatedAt as time.RFC3339, whole seconds (daemon/volume/local/local.go). */
function rfc3339(epochMs: number): string {
  return `${new Date(epochMs).toISOString().slice(0, 19)}Z`;
}

export function volumeDoc(v: Volume): Record<string, unknown> {
  return {
    CreatedAt: rfc3339(v.createdAt),
    Driver: 'local',
    Labels: v.labels,
    Mountpoint: v.mountpoint,
    Name: v.name,
    Options: v.options,
    Scope: 'local',
  };
}

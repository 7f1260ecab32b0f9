import type { CommandSpec } from '../../cli/spec';
import type { Daemon } from '../../daemon/daemon';
import { humanSize4 } from '../../format/size';
import { renderTable } from '../../format/table';
import { verboseDiskUsage } from './df-verbose';

const pct = (part: number, whole: number) => (whole === 0 ? 0 : Math.round((part * 100) / whole));

export const df: CommandSpec = {
  name: 'df',
  usage: '[OPTIONS]',
  description: 'Show docker disk usage',
  aliases: ['docker system df'],
  args: { max: 0 },
  flags: [{ long: 'verbose', short: 'v', kind: 'bool', description: 'Show detailed information on space usage' }],
  execute(args, ctx) {
    const state = ctx.daemon;
    if (args.bool('verbose')) return { stdout: verboseDiskUsage(state), stderr: '', exitCode: 0 };
    const images = [...state.images.values()];
    const active = images.filter((i) => state.containersOf(i.id).length > 0);
    // Shared layers take disk space once: that is why ten containers cost one image.
    const sizeOf = (list: typeof images) => {
      const seen = new Map<string, number>();
      for (const i of list) for (const l of i.layers) seen.set(l.digest, l.size);
      return [...seen.values()].reduce((a, b) => a + b, 0);
    };
    const total = sizeOf(images);
    const reclaimImages = total - sizeOf(active);
    const containers = [...state.containers.values()];
    const rw = containers.reduce((s, c) => s + c.fs.sizeRw(), 0);
    const reclaimRw = containers.filter((c) => !c.running).reduce((s, c) => s + c.fs.sizeRw(), 0);
    const cache = state.buildCacheRecords();
    const cacheSize = cache.reduce((s, r) => s + r.size, 0);
    const rows = [
      ['TYPE', 'TOTAL', 'ACTIVE', 'SIZE', 'RECLAIMABLE'],
      [
        'Images',
        String(images.length),
        String(active.length),
        humanSize4(total),
        `${humanSize4(reclaimImages)} (${pct(reclaimImages, total)}%)`,
      ],
      [
        'Containers',
        String(containers.length),
        String(containers.filter((c) => c.running).length),
        humanSize4(rw),
        `${humanSize4(reclaimRw)} (${pct(reclaimRw, rw)}%)`,
      ],
      localVolumesRow(state),
      // No build runs between commands, so no record is active and all of it is reclaimable.
      ['Build Cache', String(cache.length), '0', humanSize4(cacheSize), humanSize4(cacheSize)],
    ];
    return { stdout: renderTable(rows), stderr: '', exitCode: 0 };
  },
};

/** The Local Volumes row: volumes, those a container mounts, their bytes, and the bytes of the unused ones. */
function localVolumesRow(state: Daemon): string[] {
  const volumes = [...state.volumes.values()];
  const active = volumes.filter((v) => state.volumeUsers(v.name).length > 0);
  const size = volumes.reduce((s, v) => s + v.size(), 0);
  const reclaim = size - active.reduce((s, v) => s + v.size(), 0);
  return [
    'Local Volumes',
    String(volumes.length),
    String(active.length),
    humanSize4(size),
    size ? `${humanSize4(reclaim)} (${Math.round((reclaim / size) * 100)}%)` : '0B',
  ];
}

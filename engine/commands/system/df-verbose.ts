// `docker system df -v`: one table per kind, as the CLI's DiskUsageContext.verboseWrite prints
// them (cli/command/formatter/disk_usage.go), each through the one table formatter.
import type { Daemon } from '../../daemon/daemon';
import { commandText, statusText } from '../../format/container-columns';
import { ago } from '../../format/duration';
import { humanSize, humanSize4, psSizeColumn } from '../../format/size';
import { renderTable } from '../../format/table';
import { shortId } from '../../model/digest';
import { familiarName, parseReference } from '../../model/reference';

function imagesSection(state: Daemon, now: number): string {
  const images = [...state.images.values()].sort((a, b) => b.createdMs - a.createdMs);
  // A layer another image also has is "shared"; the rest of an image is unique to it.
  const owners = new Map<string, number>();
  for (const i of images) for (const l of new Set(i.layers.map((x) => x.digest))) owners.set(l, (owners.get(l) ?? 0) + 1);
  const rows = images.flatMap((image) => {
    const shared = image.layers.filter((l) => (owners.get(l.digest) ?? 0) > 1).reduce((s, l) => s + l.size, 0);
    const cells = (repo: string, tag: string) => [
      repo,
      tag,
      shortId(image.id),
      ago(now - image.createdMs),
      humanSize(image.size),
      humanSize(shared),
      humanSize(image.size - shared),
      String(state.containersOf(image.id).length),
    ];
    const tags = state.tagsOf(image.id);
    if (tags.length === 0) return [cells('<none>', '<none>')];
    return tags.map((t) => {
      const ref = parseReference(t);
      return cells(familiarName(ref), ref.tag ?? '<none>');
    });
  });
  return renderTable([['REPOSITORY', 'TAG', 'IMAGE ID', 'CREATED', 'SIZE', 'SHARED SIZE', 'UNIQUE SIZE', 'CONTAINERS'], ...rows]);
}

function containersSection(state: Daemon, now: number): string {
  const rows = [...state.containers.values()]
    .reverse()
    .map((c) => [
      shortId(c.id),
      state.findImage(c.imageRef)?.id === c.image.id ? c.imageRef : shortId(c.image.id),
      commandText(c, true),
      '0',
      psSizeColumn(c.fs.sizeRw(), c.image.size),
      ago(now - c.created),
      statusText(c, now),
      c.name,
    ]);
  return renderTable([['CONTAINER ID', 'IMAGE', 'COMMAND', 'LOCAL VOLUMES', 'SIZE', 'CREATED', 'STATUS', 'NAMES'], ...rows]);
}

function buildCacheSection(state: Daemon, now: number): string {
  const records = state.buildCacheRecords();
  const total = records.reduce((s, r) => s + r.size, 0);
  const rows = records.map((r) => [
    r.id.slice(0, 12),
    'regular',
    humanSize(r.size),
    ago(now - r.created),
    ago(now - r.lastUsed),
    String(r.usageCount),
    'false',
  ]);
  return (
    `Build cache usage: ${humanSize4(total)}\n\n` +
    renderTable([['CACHE ID', 'CACHE TYPE', 'SIZE', 'CREATED', 'LAST USED', 'USAGE', 'SHARED'], ...rows])
  );
}

export function verboseDiskUsage(state: Daemon): string {
  const now = state.now();
  return [
    'Images space usage:\n\n' + imagesSection(state, now),
    'Containers space usage:\n\n' + containersSection(state, now),
    'Local Volumes space usage:\n\n' + renderTable([['VOLUME NAME', 'LINKS', 'SIZE']]),
    buildCacheSection(state, now),
  ].join('\n');
}

import type { CommandSpec } from '../../cli/spec';
import { ago } from '../../format/duration';
import { renderImageTree, type TreeRow } from '../../format/image-tree';
import { humanSize } from '../../format/size';
import { renderTable } from '../../format/table';
import { applyFormat, resolveFormat, tableFormat, type Row } from '../../format/template';
import { shortId } from '../../model/digest';
import type { Image } from '../../model/image';
import { familiarName, parseReference } from '../../model/reference';
import { imageFilter } from './image-filter';

const HEADERS: Record<string, string> = { Repository: 'REPOSITORY', Tag: 'TAG', Digest: 'DIGEST', ID: 'IMAGE ID', CreatedSince: 'CREATED', CreatedAt: 'CREATED AT', Size: 'SIZE' };

export const images: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS] [REPOSITORY[:TAG]]',
  description: 'List images',
  aliases: ['docker image ls', 'docker image list', 'docker images'],
  common: 6,
  args: { max: 1 },
  flags: [
    { long: 'all', short: 'a', kind: 'bool', description: 'Show all images (default hides intermediate and dangling images)' },
    { long: 'digests', kind: 'bool', description: 'Show digests' },
    { long: 'filter', short: 'f', kind: 'list', valueName: 'filter', description: 'Filter output based on conditions provided' },
    { long: 'format', kind: 'string', description: 'Format output using a custom template' },
    { long: 'no-trunc', kind: 'bool', description: "Don't truncate output" },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Only show image IDs' },
    { long: 'tree', kind: 'bool', description: 'List multi-platform images as a tree (EXPERIMENTAL)' },
  ],
  execute(args, ctx) {
    const state = ctx.daemon;
    const dangling = args.list('filter').find((f) => f.startsWith('dangling='))?.split('=')[1];
    const filter = imageFilter(args.list('filter'), state);
    const wanted = args.positional[0];
    const repoFilter = wanted ? parseReference(wanted) : undefined;
    const all = args.bool('all');
    // One entry per tag; untagged images only with -a or dangling=true.
    const entries: Array<{ image: Image; ref?: string }> = [];
    for (const image of [...state.images.values()]) {
      const tags = state.tagsOf(image.id);
      if (tags.length === 0) {
        if ((all || dangling === 'true') && !repoFilter && filter(image, undefined)) entries.push({ image });
        continue;
      }
      for (const tag of tags) {
        if (repoFilter) {
          const r = parseReference(tag);
          if (familiarName(r) !== familiarName(repoFilter) || (!repoFilter.defaultedTag && r.tag !== repoFilter.tag)) continue;
        }
        if (filter(image, tag)) entries.push({ image, ref: tag });
      }
    }
    const expanded = args.bool('tree');
    const useTree = expanded || !(args.bool('quiet') || args.bool('no-trunc') || args.bool('digests') || args.has('format'));
    if (useTree) {
      const details = (image: Image) => ({
        id: shortId(image.id),
        // Summary.Size: the compressed content plus the unpacked snapshot (moby image_list.go totalSize).
        diskUsage: humanSize(image.contentSize + image.size),
        contentSize: humanSize(image.contentSize),
        inUse: state.containersOf(image.id).length > 0,
      });
      let rows: TreeRow[];
      if (expanded) {
        // One entry per image with all its tags, and its one platform manifest as the child.
        const byImage = new Map<Image, string[]>();
        for (const { image, ref } of entries) byImage.set(image, [...(byImage.get(image) ?? []), ...(ref ? [ref] : [])]);
        rows = [...byImage].map(([image, names]) => {
          const d = details(image);
          const platform = `${image.config.os}/${image.config.architecture}`;
          return { names: names.sort(), ...d, children: [{ platform, ...d, id: shortId(image.manifestDoc.digest) }] };
        });
      } else {
        rows = entries.map(({ image, ref }) => ({ names: ref ? [ref] : [], ...details(image) }));
      }
      const first = (r: TreeRow) => r.names[0];
      rows.sort((a, b) => {
        const [x, y] = [first(a), first(b)];
        if (x === undefined || y === undefined) return x === y ? 0 : x === undefined ? 1 : -1;
        return x < y ? -1 : x > y ? 1 : 0;
      });
      return { stdout: renderImageTree(rows), stderr: '', exitCode: 0 };
    }
    const now = state.now();
    const noTrunc = args.bool('no-trunc');
    entries.sort((a, b) => b.image.createdMs - a.image.createdMs);
    const rows: Row[] = entries.map(({ image, ref }) => {
      const parsed = ref ? parseReference(ref) : undefined;
      const repo = parsed ? familiarName(parsed) : '<none>';
      const digest = state.repoDigestsOf(image.id).find((d) => d.startsWith(`${repo}@`))?.split('@')[1] ?? '<none>';
      return {
        Repository: repo,
        Tag: parsed?.tag ?? '<none>',
        Digest: digest,
        ID: noTrunc ? image.id : shortId(image.id),
        CreatedSince: ago(now - image.createdMs),
        CreatedAt: new Date(image.createdMs).toISOString().replace('T', ' ').replace(/\.\d+Z$/, ' +0000 UTC'),
        Size: humanSize(image.size),
      };
    });
    if (args.bool('quiet')) return { stdout: rows.map((r) => r.ID + '\n').join(''), stderr: '', exitCode: 0 };
    const cols = ['Repository', 'Tag', ...(args.bool('digests') ? ['Digest'] : []), 'ID', 'CreatedSince', 'Size'];
    const format = args.string('format');
    if (format) return { stdout: applyFormat(resolveFormat(format, tableFormat(cols)), rows, HEADERS), stderr: '', exitCode: 0 };
    return { stdout: renderTable([cols.map((k) => HEADERS[k]!), ...rows.map((r) => cols.map((k) => r[k]!))]), stderr: '', exitCode: 0 };
  },
};

// Docker 29's `docker images` tree (cli/command/image/tree.go), as printed when stdout is not a
// terminal: no legend, no colours, columns three spaces apart. The default view is collapsed (one
// row per tag); `--tree` expands it: one entry per image, its tags on their own lines, then one
// child row per platform manifest, and a blank line after each image.
import { byteLength } from '../model/digest';

export interface TreeDetails {
  id: string;
  diskUsage: string;
  contentSize: string;
  inUse: boolean;
}

export interface TreeChild extends TreeDetails {
  platform: string;
}

export interface TreeRow extends TreeDetails {
  /** Sorted tags; empty prints `<untagged>`. The collapsed view gives one each. */
  names: string[];
  children?: TreeChild[];
}

const SPACING = '   ';
const BRANCH = '├─ ';
const LAST_BRANCH = '└─ ';

export function renderImageTree(rows: TreeRow[]): string {
  const details = rows.flatMap((r) => [r, ...(r.children ?? [])]);
  const anyInUse = details.some((d) => d.inUse);
  // Go's len(): UTF-8 bytes, so the branch glyphs count 3 bytes each (widestFirstColumnValue).
  const nameWidth = Math.max(
    'IMAGE'.length,
    // An untagged image's name column is "<untagged>", which counts too (tree.go widestFirstColumnValue).
    ...rows.flatMap((r) => (r.names.length ? r.names : ['<untagged>']).map(byteLength)),
    ...rows.flatMap((r) => (r.children ?? []).map((c) => byteLength(c.platform) + byteLength(LAST_BRANCH))),
  );
  // EXTRA fits its chips ("U") or its title, whichever is wider.
  const extraWidth = 'EXTRA'.length;
  const left = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const right = (s: string, w: number) => ' '.repeat(Math.max(0, w - [...s].length)) + s;
  const columns = (d: TreeDetails) =>
    [left(d.id, 12), right(d.diskUsage, 10), right(d.contentSize, 12), left(anyInUse ? (d.inUse ? 'U' : ' ') : '', extraWidth)].join(
      SPACING,
    );
  const spacing = rows.some((r) => (r.children ?? []).length > 0);
  let out =
    [left('IMAGE', nameWidth), left('ID', 12), left('DISK USAGE', 10), left('CONTENT SIZE', 12), left('EXTRA', extraWidth)].join(SPACING) +
    '\n';
  for (const r of rows) {
    const names = r.names.length ? r.names : ['<untagged>'];
    out += names.map((n) => left(n, nameWidth)).join('\n') + SPACING + columns(r) + '\n';
    const children = r.children ?? [];
    children.forEach((c, i) => {
      out += left((i === children.length - 1 ? LAST_BRANCH : BRANCH) + c.platform, nameWidth) + SPACING + columns(c) + '\n';
    });
    if (spacing) out += '\n';
  }
  return out;
}

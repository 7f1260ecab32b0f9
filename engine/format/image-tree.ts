// Docker 29's default `docker images` view (cli/command/image/tree.go, collapsed), as printed
// when stdout is not a terminal: no legend, no colours, columns three spaces apart.
export interface TreeRow {
  name: string;
  id: string;
  diskUsage: string;
  contentSize: string;
  inUse: boolean;
}

const SPACING = '   ';

/** Go's len(): UTF-8 bytes (tree.go sizes the first column by bytes). */
const byteLen = byteLength;

export function renderImageTree(rows: TreeRow[]): string {
  const anyInUse = rows.some((r) => r.inUse);
  const nameWidth = Math.max('IMAGE'.length, ...rows.map((r) => byteLen(r.name)));
  // EXTRA fits its chips ("U") or its title, whichever is wider.
  const extraWidth = 'EXTRA'.length;
  const left = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].length));
  const right = (s: string, w: number) => ' '.repeat(Math.max(0, w - [...s].length)) + s;
  const header = [left('IMAGE', nameWidth), left('ID', 12), left('DISK USAGE', 10), left('CONTENT SIZE', 12), left('EXTRA', extraWidth)].join(SPACING);
  const lines = [header];
  for (const r of rows) {
    const extra = anyInUse ? (r.inUse ? 'U' : ' ') : '';
    lines.push([left(r.name, nameWidth), left(r.id, 12), right(r.diskUsage, 10), right(r.contentSize, 12), left(extra, extraWidth)].join(SPACING));
  }
  return lines.map((l) => l + '\n').join('');
}
import { byteLength } from '../model/digest';

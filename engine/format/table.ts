// The one table formatter: Go text/tabwriter as the CLI configures it (minwidth 10, padding 3,
// padded with spaces; the last column is not padded): docker/cli cli/command/formatter/formatter.go.

const MIN_WIDTH = 10;
const PADDING = 3;

const width = (cell: string) => [...cell].length;

/**
 * rows[0] is the header. Returns the lines joined with "\n", each ending in "\n". `minWidth` is
 * tabwriter's minwidth: 10 for the CLI's formatter, 20 where a command makes its own (`docker top`).
 */
export function renderTable(rows: readonly (readonly string[])[], minWidth = MIN_WIDTH): string {
  if (rows.length === 0) return '';
  const columns = Math.max(...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    widths.push(Math.max(minWidth, ...rows.map((r) => width(r[c] ?? '') + PADDING)));
  }
  return rows
    .map((row) => row.map((cell, c) => (c < row.length - 1 ? cell + ' '.repeat(widths[c]! - width(cell)) : cell)).join('') + '\n')
    .join('');
}

/**
 * text/tabwriter with padchar '\t' (minwidth 1, tabwidth 8, padding 1), as buildx prints
 * `docker buildx prune`: each column is its widest cell plus one, rounded up to a multiple of 8,
 * and cells are followed by as many tabs as reach it.
 */
export function renderTabPadded(rows: readonly (readonly string[])[]): string {
  const TAB = 8;
  const columns = Math.max(0, ...rows.map((r) => r.length));
  const widths: number[] = [];
  for (let c = 0; c < columns - 1; c++) {
    const w = Math.max(1, ...rows.filter((r) => c < r.length - 1).map((r) => width(r[c]!) + 1));
    widths.push(Math.ceil(w / TAB) * TAB);
  }
  return rows
    .map(
      (row) =>
        row.map((cell, c) => (c < row.length - 1 ? cell + '\t'.repeat(Math.ceil((widths[c]! - width(cell)) / TAB)) : cell)).join('') + '\n',
    )
    .join('');
}

/**
 * Go text/tabwriter with padchar ' ' over text whose cells end in '\t': a column's width is set per
 * block of consecutive lines that have a cell in it (the widest cell plus `padding`, at least
 * `minWidth`). `docker version` writes its template through tabwriter.NewWriter(out, 20, 1, 1, ' ', 0).
 */
export function tabwrite(text: string, minWidth: number, padding: number): string {
  const lines = text.split('\n').map((l) => l.split('\t'));
  const widths: number[][] = lines.map(() => []);
  const format = (line0: number, line1: number, col: number): void => {
    let i = line0;
    while (i < line1) {
      if (lines[i]!.length - 1 <= col) {
        i++;
        continue;
      }
      let j = i;
      let w = minWidth;
      for (; j < line1 && lines[j]!.length - 1 > col; j++) w = Math.max(w, width(lines[j]![col]!) + padding);
      for (let k = i; k < j; k++) widths[k]![col] = w;
      format(i, j, col + 1);
      i = j;
    }
  };
  format(0, lines.length, 0);
  return lines
    .map((cells, l) => cells.map((cell, c) => (c < cells.length - 1 ? cell + ' '.repeat(widths[l]![c]! - width(cell)) : cell)).join(''))
    .join('\n');
}

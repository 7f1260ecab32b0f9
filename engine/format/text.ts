// Small text rules shared by the table columns.

/** TruncateID: drop "sha256:" and keep 12 characters. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

/** formatter.Ellipsis: at most `max` characters, the last one "…" when cut. */
export function ellipsis(text: string, max: number): string {
  const chars = [...text];
  return chars.length <= max ? text : chars.slice(0, max - 1).join('') + '…';
}

/** Go strconv.Quote for the plain ASCII commands containers run. */
export function goQuote(text: string): string {
  return JSON.stringify(text);
}

/** Every stream chunk ends with exactly one newline when non-empty, like the real CLI's output. */
export function lines(...rows: string[]): string {
  return rows.length === 0 ? '' : rows.join('\n') + '\n';
}

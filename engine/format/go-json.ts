// Go's json.Marshal, as `{{json …}}` in a --format template uses it: compact, and HTML-safe, so
// <, > and & come out as \u003c, \u003e and \u0026 ("<missing>" → "\u003cmissing\u003e").
export function goJson(value: unknown): string {
  return JSON.stringify(value).replace(/[<>&]/g, (ch) => `\\u00${ch.charCodeAt(0).toString(16)}`);
}

/** A map's entries in the order Go prints and marshals them: keys sorted bytewise. */
export function goMapEntries<T>(map: Record<string, T>): Array<[string, T]> {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

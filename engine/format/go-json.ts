// The order Go prints and marshals a map in.

/** A map's entries in the order Go prints and marshals them: keys sorted bytewise. */
export function goMapEntries<T>(map: Record<string, T>): Array<[string, T]> {
  return Object.entries(map).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

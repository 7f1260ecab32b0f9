// What a writable layer's box lists. `docker diff` names every parent directory of a change as C
// too (go-archive changes.go addChanges), which says little in a diagram: the entries that changed
// themselves (nothing changed below them) come first, in diff order, then those parents.

export interface Change {
  kind: string;
  path: string;
}

export function changesToShow<T extends Change>(changes: readonly T[], max: number): { shown: T[]; hidden: number } {
  const isParent = (c: T) => changes.some((o) => o !== c && o.path.startsWith(c.path === '/' ? '/' : `${c.path}/`));
  const ordered = [...changes.filter((c) => !isParent(c)), ...changes.filter(isParent)];
  return { shown: ordered.slice(0, max), hidden: Math.max(0, ordered.length - max) };
}

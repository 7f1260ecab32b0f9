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

/** The part of a container a mount box needs (engine ContainerView). */
export interface MountedContainer {
  name: string;
  mounts: readonly {
    type: 'volume' | 'bind';
    name?: string;
    source: string;
    destination: string;
    readOnly: boolean;
    files: readonly string[];
  }[];
}

/** One volume or bound directory, drawn beside the stack: outside the image and every writable layer. */
export interface MountBox {
  /** The host path behind it: one box per volume however many containers mount it. */
  key: string;
  type: 'volume' | 'bind';
  /** The volume's name (an anonymous one's first 12 hex), or the bound host directory. */
  title: string;
  /** "/data in db1, /data in db2". */
  where: string;
  /** The files it holds, as the first container listed sees them. */
  files: readonly string[];
}

export function mountBoxes(containers: readonly MountedContainer[]): MountBox[] {
  const boxes = new Map<string, MountBox & { uses: string[] }>();
  for (const c of containers) {
    for (const m of c.mounts) {
      const use = `${m.destination}${m.readOnly ? ' (ro)' : ''} in ${c.name}`;
      const box = boxes.get(m.source);
      if (box) {
        box.uses.push(use);
        continue;
      }
      const title = m.type === 'bind' ? m.source : /^[0-9a-f]{64}$/.test(m.name ?? '') ? `${m.name!.slice(0, 12)}…` : (m.name ?? m.source);
      boxes.set(m.source, { key: m.source, type: m.type, title, where: '', files: m.files, uses: [use] });
    }
  }
  return [...boxes.values()].map(({ uses, ...box }) => ({ ...box, where: uses.join(', ') }));
}

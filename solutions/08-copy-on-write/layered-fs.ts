// Exercise 08, reference solution.

export type Layer = ReadonlyMap<string, string>;

export const WHITEOUT_PREFIX = '.wh.';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

function parentOf(path: string): string {
  return path.slice(0, path.lastIndexOf('/')) || '/';
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

/** `/etc/.wh.motd` → `/etc/motd`; undefined for an ordinary file. */
function whitedOut(path: string): string | undefined {
  const name = baseName(path);
  if (!name.startsWith(WHITEOUT_PREFIX)) return undefined;
  const dir = parentOf(path);
  return `${dir === '/' ? '' : dir}/${name.slice(WHITEOUT_PREFIX.length)}`;
}

/** The merged view of a stack of layers, bottom first: whiteouts hide lower entries and themselves. */
function merge(layers: readonly Layer[]): Map<string, string> {
  const view = new Map<string, string>();
  for (const layer of layers) {
    for (const path of layer.keys()) {
      const hidden = whitedOut(path);
      if (hidden === undefined) continue;
      for (const p of [...view.keys()]) if (p === hidden || p.startsWith(`${hidden}/`)) view.delete(p);
    }
    for (const [path, content] of layer) if (whitedOut(path) === undefined) view.set(path, content);
  }
  return view;
}

function whiteoutFor(path: string): string {
  const dir = parentOf(path);
  return `${dir === '/' ? '' : dir}/${WHITEOUT_PREFIX}${baseName(path)}`;
}

export class LayeredFs {
  readonly #upper = new Map<string, string>();

  constructor(readonly lower: readonly Layer[]) {}

  #lowerView(): Map<string, string> {
    return merge(this.lower);
  }

  read(path: string): string | undefined {
    return merge([...this.lower, this.#upper]).get(path);
  }

  write(path: string, content: string): void {
    this.#upper.delete(whiteoutFor(path));
    this.#upper.set(path, content);
  }

  append(path: string, text: string): void {
    this.write(path, (this.read(path) ?? '') + text);
  }

  remove(path: string): void {
    if (this.read(path) === undefined) throw new Error(`rm: cannot remove '${path}': No such file or directory`);
    this.#upper.delete(path);
    if (this.#lowerView().has(path)) this.#upper.set(whiteoutFor(path), '');
  }

  upper(): Layer {
    return new Map(this.#upper);
  }

  diff(): Change[] {
    const lower = this.#lowerView();
    const lowerDirs = new Set<string>();
    for (const p of lower.keys()) for (let d = parentOf(p); d !== '/'; d = parentOf(d)) lowerDirs.add(d);
    const changes = new Map<string, Change['kind']>();
    // Every ancestor but / of any change is listed too: A if new, else C (go-archive addChanges).
    const markParents = (path: string): void => {
      for (let d = parentOf(path); d !== '/' && !changes.has(d); d = parentOf(d)) changes.set(d, lowerDirs.has(d) ? 'C' : 'A');
    };
    for (const path of this.#upper.keys()) {
      const hidden = whitedOut(path);
      if (hidden !== undefined) {
        changes.set(hidden, 'D');
        markParents(hidden);
      } else if (lower.has(path)) {
        changes.set(path, 'C');
        markParents(path);
      } else {
        changes.set(path, 'A');
        markParents(path);
      }
    }
    return [...changes].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([path, kind]) => ({ kind, path }));
  }
}

// The files behind a mount: paths relative to the mount's root ("/" is the root itself), each an
// entry as in a layer. A volume keeps one; a bind mount reads and writes the host's disk instead
// (through the MountStore a daemon gives it).
import { byteLength } from './digest';
import type { Entry } from './entry';

/** What a mounted directory offers the container's filesystem. */
export interface MountStore {
  get(rel: string): Entry | undefined;
  /** Sorted names directly inside `rel`. */
  children(rel: string): string[];
  set(rel: string, entry: Entry): void;
  /** Removes `rel` and everything under it. */
  delete(rel: string): void;
}

export class MountTree implements MountStore {
  readonly #entries = new Map<string, Entry>();

  get(rel: string): Entry | undefined {
    return rel === '/' ? { type: 'dir', mode: 0o755 } : this.#entries.get(rel);
  }

  children(rel: string): string[] {
    const prefix = rel === '/' ? '/' : rel + '/';
    const out: string[] = [];
    for (const path of this.#entries.keys())
      if (path.startsWith(prefix) && path.indexOf('/', prefix.length) === -1) out.push(path.slice(prefix.length));
    return out.sort();
  }

  set(rel: string, entry: Entry): void {
    this.#entries.set(rel, entry);
  }

  delete(rel: string): void {
    for (const path of [...this.#entries.keys()]) if (path === rel || path.startsWith(rel + '/')) this.#entries.delete(path);
  }

  get empty(): boolean {
    return this.#entries.size === 0;
  }

  /** Every entry with its relative path, sorted. */
  entries(): Array<[string, Entry]> {
    return [...this.#entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  }

  size(): number {
    let total = 0;
    for (const e of this.#entries.values()) if (e.type === 'file') total += byteLength(e.content);
    return total;
  }
}

// Exercise 08: a copy-on-write filesystem, the way a container sees its image. Read-only
// layers are stacked; all writes go to one writable layer on top; deleting a lower file
// writes a whiteout. README.md explains the steps and the rules.
import { todo } from '../support/todo';

/**
 * One layer: absolute file path → content. Directories are implied by the paths.
 * A whiteout is an entry `<dir>/.wh.<name>` (content ''): it hides `<dir>/<name>`, and
 * everything under it, in the layers below.
 */
export type Layer = ReadonlyMap<string, string>;

export const WHITEOUT_PREFIX = '.wh.';

export interface Change {
  kind: 'A' | 'C' | 'D';
  path: string;
}

export class LayeredFs {
  /** `lower[0]` is the base layer, the last one is the top read-only layer. Never modify them. */
  constructor(readonly lower: readonly Layer[]) {}

  /** Step 1: the content a process would read, or undefined if the file is absent or hidden. */
  read(path: string): string | undefined {
    return todo(`read(${path})`);
  }

  /** Step 2: writes the whole file into the writable layer. */
  write(path: string, content: string): void {
    todo(`write(${path}, ${content.length} chars)`);
  }

  /** Step 2: copy-up: the writable layer gets the whole file (old content + text), not just the text. */
  append(path: string, text: string): void {
    todo(`append(${path}, ${text.length} chars)`);
  }

  /**
   * Step 3: deletes a visible file. A file of a lower layer gets a whiteout in the writable layer.
   * Throws `rm: cannot remove '<path>': No such file or directory` if it is not visible.
   */
  remove(path: string): void {
    todo(`remove(${path})`);
  }

  /** Step 4: a copy of the writable layer as a changeset: written files plus whiteouts. */
  upper(): Layer {
    return todo('upper()');
  }

  /** Step 5: what `docker diff` prints, sorted by path. */
  diff(): Change[] {
    return todo('diff()');
  }
}

// Exercise 04: an Image is a frozen class-like blueprint; each Container is a live object made
// from it. Replace every todo() with code. README.md lists the steps.
import { todo } from '../support/todo';

export type Files = Readonly<Record<string, string>>;
export type ContainerState = 'created' | 'running' | 'exited';

export class Image {
  readonly name: string;
  readonly files: Files;

  /** Step 1: keep a copy of `files` (later edits to the caller's object must not leak in), then freeze it and the image. */
  constructor(name: string, files: Record<string, string>) {
    todo(`Image constructor (name ${name}, ${Object.keys(files).length} files)`);
  }

  /** Step 2: a new Container made from this image, in state 'created' (like `docker create`). */
  createContainer(name: string): Container {
    return todo(`Image.createContainer(${name})`);
  }
}

export class Container {
  readonly name: string;
  readonly image: Image;

  constructor(name: string, image: Image) {
    todo(`Container constructor (${name} from ${image.name})`);
  }

  /** Step 3: 'created' for a new container; start() and stop() change it. */
  get state(): ContainerState {
    return todo('Container.state');
  }

  /** Step 3: created or exited → running. */
  start(): void {
    todo('Container.start');
  }

  /** Step 3: running → exited. */
  stop(): void {
    todo('Container.stop');
  }

  /** Step 4: this container's own version of the file if it wrote one, else the image's; undefined if neither. */
  readFile(path: string): string | undefined {
    return todo(`Container.readFile(${path})`);
  }

  /** Step 4: writes into this container only. Throws `container <name> is not running` unless running. */
  writeFile(path: string, content: string): void {
    todo(`Container.writeFile(${path}, ${content.length} chars)`);
  }

  /** Step 5: the paths this container wrote, sorted. */
  changedFiles(): string[] {
    return todo('Container.changedFiles');
  }
}

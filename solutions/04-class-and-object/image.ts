// Exercise 04, reference solution.

export type Files = Readonly<Record<string, string>>;
export type ContainerState = 'created' | 'running' | 'exited';

export class Image {
  readonly name: string;
  readonly files: Files;

  constructor(name: string, files: Record<string, string>) {
    this.name = name;
    this.files = Object.freeze({ ...files });
    Object.freeze(this);
  }

  createContainer(name: string): Container {
    return new Container(name, this);
  }
}

export class Container {
  readonly name: string;
  readonly image: Image;
  #state: ContainerState = 'created';
  // The container's writable layer: only what this container wrote.
  readonly #written = new Map<string, string>();

  constructor(name: string, image: Image) {
    this.name = name;
    this.image = image;
  }

  get state(): ContainerState {
    return this.#state;
  }

  start(): void {
    this.#state = 'running';
  }

  stop(): void {
    if (this.#state === 'running') this.#state = 'exited';
  }

  readFile(path: string): string | undefined {
    return this.#written.get(path) ?? this.image.files[path];
  }

  writeFile(path: string, content: string): void {
    if (this.#state !== 'running') throw new Error(`container ${this.name} is not running`);
    this.#written.set(path, content);
  }

  changedFiles(): string[] {
    return [...this.#written.keys()].sort();
  }
}

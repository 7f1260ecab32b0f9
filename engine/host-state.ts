// The state of one simulated Docker host: images, tags, containers, names, ports, the build
// context on the host's disk. Commands change it only through these methods.
import { CliError } from './errors/cli-error';
import { msg } from './errors/messages';
import { Container, type ContainerConfig } from './model/container';
import type { Image } from './model/image';
import { generateName } from './model/names';
import { containerId, Random } from './model/random';
import { familiarString, fullString, parseReference } from './model/reference';
import type { Document } from './model/oci';
import type { CommandResult } from './output';
import type { PortBinding } from './types';

export const HOST_HOME = '/home/learner';
export const HOST_CWD = '/home/learner/app';

export class HostState {
  readonly random: Random;
  readonly images = new Map<string, Image>();
  /** "docker.io/library/nginx:latest" → image ID. */
  readonly tags = new Map<string, string>();
  /** image ID → "nginx@sha256:…" references recorded at pull. */
  readonly repoDigests = new Map<string, Set<string>>();
  /** image ID → the index it was pulled through (inspectOci's `index`). */
  readonly pulledIndex = new Map<string, Document>();
  /** When each image arrived on this host (ordering for untagged images). */
  readonly arrived = new Map<string, number>();
  /** Layer blob digests already on disk ("Already exists" at pull). */
  readonly layers = new Set<string>();
  readonly containers = new Map<string, Container>();
  readonly names = new Map<string, string>();
  /** Files on the host's own disk (the build context), absolute paths. */
  readonly hostFiles = new Map<string, string>();
  /** Directories on the host's disk besides those holding a file (engine/shell/host-disk.ts). */
  readonly hostDirs = new Set<string>(['/', '/home', HOST_HOME, HOST_CWD, '/tmp']);
  /** Build cache: key (parent ID + instruction) → resulting image ID. */
  readonly buildCache = new Map<string, string>();
  /**
   * The container shell the terminal is attached to: `run -it … sh` (main: exiting stops the
   * container) or `exec -it … sh` (main: false).
   */
  attached: { id: string; main: boolean; shell: string; cwd?: string } | null = null;
  /** A [y/N] question waiting for the next line; `cancelled` is printed on "no" (empty: a silent exit 0). */
  pending: { question: string; onYes: () => CommandResult; cancelled: string } | null = null;
  version = 0;

  constructor(seed: number, readonly now: () => number) {
    this.random = new Random(seed);
  }

  touch(): void {
    this.version++;
  }

  // ── images ─────────────────────────────────────────────────────

  addImage(image: Image): void {
    if (!this.images.has(image.id)) {
      this.images.set(image.id, image);
      this.arrived.set(image.id, this.now());
    }
    for (const layer of image.layers) this.layers.add(layer.digest);
  }

  /** Points a full reference at an image; the image that had it keeps its other tags (or dangles). */
  setTag(full: string, imageId: string): void {
    this.tags.set(full, imageId);
  }

  tagsOf(imageId: string): string[] {
    const out: string[] = [];
    for (const [ref, id] of this.tags) if (id === imageId) out.push(familiarString(parseReference(ref)));
    return out.sort();
  }

  /** Resolves an image by reference, full ID, or unique ID prefix. */
  findImage(input: string): Image | undefined {
    const hex = input.replace(/^sha256:/, '');
    if (/^[a-f0-9]{64}$/.test(hex)) return this.images.get(`sha256:${hex}`);
    try {
      const ref = parseReference(input);
      if (ref.digest) {
        for (const [id, digests] of this.repoDigests) {
          if (digests.has(`${familiarString({ ...ref, tag: undefined })}`)) return this.images.get(id);
        }
      } else {
        const id = this.tags.get(fullString(ref));
        if (id) return this.images.get(id);
      }
    } catch {
      // not a valid reference: it may still be an ID prefix
    }
    if (/^[a-f0-9]+$/.test(hex)) {
      const matches = [...this.images.keys()].filter((id) => id.startsWith(`sha256:${hex}`));
      if (matches.length === 1) return this.images.get(matches[0]!);
    }
    return undefined;
  }

  containersOf(imageId: string): Container[] {
    return [...this.containers.values()].filter((c) => c.image.id === imageId);
  }

  removeImage(imageId: string): void {
    this.images.delete(imageId);
    this.repoDigests.delete(imageId);
    this.pulledIndex.delete(imageId);
    this.arrived.delete(imageId);
    for (const [ref, id] of [...this.tags]) if (id === imageId) this.tags.delete(ref);
    const used = new Set<string>();
    for (const image of this.images.values()) for (const layer of image.layers) used.add(layer.digest);
    for (const digest of [...this.layers]) if (!used.has(digest)) this.layers.delete(digest);
  }

  // ── containers ─────────────────────────────────────────────────

  /** Exact ID, exact name, then unique ID prefix, as moby's container view resolves them. */
  findContainer(input: string): Container | undefined {
    if (input === '') return undefined;
    const byId = this.containers.get(input);
    if (byId) return byId;
    const byName = this.names.get(input.replace(/^\//, ''));
    if (byName) return this.containers.get(byName);
    if (!/^[a-f0-9]+$/.test(input)) return undefined;
    const matches = [...this.containers.keys()].filter((id) => id.startsWith(input));
    if (matches.length > 1) throw new CliError(msg.ambiguousPrefix(input), 1);
    return matches.length === 1 ? this.containers.get(matches[0]!) : undefined;
  }

  /** Like findContainer, but a miss is Docker's "No such container". */
  getContainer(input: string): Container {
    const c = this.findContainer(input);
    if (!c) throw new CliError(msg.noSuchContainer(input), 1);
    return c;
  }

  createContainer(options: { name?: string; imageRef: string; image: Image; config: ContainerConfig; ports: PortBinding[] }): Container {
    const id = containerId(this.random);
    const name = options.name ?? generateName(this.random, (n) => this.names.has(n)) ?? id.slice(0, 12);
    const container = new Container(id, name, options.imageRef, options.image, this.now(), options.config, options.ports);
    this.containers.set(id, container);
    this.names.set(name, id);
    return container;
  }

  renameContainer(container: Container, name: string): void {
    this.names.delete(container.name);
    container.name = name;
    this.names.set(name, container.id);
    this.touch();
  }

  removeContainer(container: Container): void {
    this.containers.delete(container.id);
    this.names.delete(container.name);
    if (this.attached?.id === container.id) this.attached = null;
  }

  /**
   * The running container bound to this port. With `hostIp`, only a binding that overlaps it
   * counts: the same address, or 0.0.0.0 on either side (libnetwork's allocator is per address).
   */
  portOwner(hostPort: number, protocol = 'tcp', hostIp?: string): Container | undefined {
    const overlaps = (ip: string) => hostIp === undefined || ip === hostIp || ip === '0.0.0.0' || hostIp === '0.0.0.0';
    for (const c of this.containers.values()) {
      if (c.running && c.ports.some((p) => p.hostPort === hostPort && p.protocol === protocol && overlaps(p.hostIp))) return c;
    }
    return undefined;
  }
}

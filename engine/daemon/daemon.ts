// The daemon of one simulated Docker host (what moby is to docker/cli): it owns every piece of the
// host's state (images and their runtime behaviour, tags, containers and their processes, names,
// ports, the build cache, the host's disk, the attached shell, a pending question) and its methods
// are the only way to change it. Each change bumps `version`, which the views key on; each refusal
// is a typed error from errors/daemon-errors.ts, worded by the CLI.
import { InvalidVolumeName, NoSuchVolume, VolumeInUse } from '../errors/daemon-errors';
import {
  InvalidContainerName,
  NameInUse,
  NoSuchImage,
  AmbiguousContainerPrefix,
  CannotExecPaused,
  CannotRemoveDefaultLink,
  CannotRemoveRunning,
  CannotStartPaused,
  ContainerAlreadyPaused,
  ContainerNotPaused,
  ContainerNotRunning,
  NoSuchContainer,
  ProcessNotStartable,
} from '../errors/daemon-errors';
import { Container } from '../model/container';
import { ancestorsOf, normalizePath, parentOf } from '../model/entry';
import type { Image } from '../model/image';
import type { ImageRuntime } from '../model/image-runtime';
import { generateName, NAME_PATTERN } from '../model/names';
import type { Document } from '../model/oci';
import { containerId, Random } from '../model/random';
import { familiarName, familiarString, fullString, missingImageName, parseReference, type Reference } from '../model/reference';
import type { CommandResult } from '../output';
import { lookPath } from '../runtime/look-path';
import { runArgv } from '../shell/programs';
import { resolveUser, setSession, type Identity } from '../shell/identity';
import type { ExecResult } from '../types';
import { mergeConfig, portBindings, type CreateRequest } from './create-container';
import { BuildCache, type CacheRecord, type CachedStep } from './build-cache';
import { commitContainer, type CommitOptions } from './commit';
import { archivePath, extractToDir } from './copy';
import type { CopyItem } from '../model/copy-tree';
import type { Entry } from '../model/entry';
import { loadImages, saveImages } from './archive';
import { resolveMounts } from './mounts';
import type { MountRequest } from '../model/mounts';
import type { ContainerMount } from '../model/mounted-fs';
import { Volume } from '../model/volume';
import { BridgeAddresses } from '../model/etc-files';
import { startProcess, stopProcess, type StartOutcome, type StartupLayers } from './process';
import { pullReference, type PullResult } from './pull';
import { deleteImage, type RemovalEvent } from './remove-image';
import { deliver, parseSignal, stopWith } from './signals';
import { HostTextView, hostContentBytes, type HostContent } from '../model/host-bytes';
import { digestOf } from '../model/digest';

export const HOST_HOME = '/home/learner';
export const HOST_CWD = '/home/learner/app';

/** The container shell the terminal is attached to: `run -it … sh` (main: exiting stops the container) or `exec -it … sh`. */
export interface Session {
  id: string;
  main: boolean;
  shell: string;
  cwd?: string;
  /** false for `run -i` without -t: stdin is open but no terminal, so the shell shows no prompt. */
  tty?: boolean;
  /** The shell's `cd -` target and `$?`. */
  oldPwd?: string;
  status?: number;
}

/** The host shell between lines (a change of directory is not a change the views show). */
export interface HostShellState {
  cwd: string;
  oldPwd?: string;
  status: number;
}

/** A [y/N] question waiting for the next line; `cancelled` is printed on "no" (empty: a silent exit 0). */
export interface Pending {
  question: string;
  onYes: () => CommandResult;
  cancelled: string;
}

export class Daemon {
  readonly random: Random;
  #version = 0;
  readonly #images = new Map<string, Image>();
  /** Each image's runtime behaviour, kept with the image (bundled images and those built on them). */
  readonly #runtimes = new Map<string, ImageRuntime>();
  /** "docker.io/library/nginx:latest" → image ID. */
  readonly #tags = new Map<string, string>();
  /** image ID → "nginx@sha256:…" references of images pulled by digest (tags give the others). */
  readonly #repoDigests = new Map<string, Set<string>>();
  /** image ID → the index it was pulled through (inspectOci's `index`). */
  readonly #pulledIndex = new Map<string, Document>();
  /** When each image arrived on this host (ordering for untagged images). */
  readonly #arrived = new Map<string, number>();
  /** Layer blob digests already on disk ("Already exists" at pull). */
  readonly #layers = new Set<string>();
  readonly #containers = new Map<string, Container>();
  /** Local volumes by name: data outside every image and every writable layer. */
  readonly #volumes = new Map<string, Volume>();
  readonly #names = new Map<string, string>();
  /** Files on the host's own disk (the build context, saved archives), absolute paths: text or bytes. */
  readonly #hostFiles = new Map<string, HostContent>();
  readonly #hostTexts = new HostTextView(this.#hostFiles);
  /** Directories on the host's disk besides those holding a file. */
  readonly #hostDirs = new Set<string>(['/', '/home', HOST_HOME, HOST_CWD, '/tmp']);
  /** What a fresh container of each image looks like after its process's start-up writes. */
  readonly #startupLayers: StartupLayers = new Map();
  #attached: Session | null = null;
  #hostShell: HostShellState = { cwd: HOST_CWD, status: 0 };
  #pending: Pending | null = null;
  /** BuildKit's cache of step results: read and changed only through the build-cache methods below. */
  readonly #buildCache: BuildCache;
  /** The default bridge's addresses in use (a running container's /etc/hosts names its own). */
  readonly bridge = new BridgeAddresses();
  /** The default bridge network's ID (inspect's NetworkID): one per host, made from its seed so the random stream stays as it was. */
  readonly bridgeNetworkId: string;

  constructor(
    seed: number,
    readonly now: () => number,
  ) {
    this.bridgeNetworkId = digestOf(`network bridge ${seed}`).slice('sha256:'.length);
    this.random = new Random(seed);
    this.#buildCache = new BuildCache(now);
  }

  /** Increments on every change; views key on it. */
  get version(): number {
    return this.#version;
  }

  #changed(): void {
    this.#version++;
  }

  // ── images ─────────────────────────────────────────────────────

  get images(): ReadonlyMap<string, Image> {
    return this.#images;
  }

  get tags(): ReadonlyMap<string, string> {
    return this.#tags;
  }

  get arrived(): ReadonlyMap<string, number> {
    return this.#arrived;
  }

  hasLayer(digest: string): boolean {
    return this.#layers.has(digest);
  }

  runtimeOf(imageId: string): ImageRuntime | undefined {
    return this.#runtimes.get(imageId);
  }

  /**
   * `name@<target digest>` for each repository that names the image, then the digest references it
   * was pulled by, without repeats (moby daemon/containerd/image_inspect.go collectRepoTagsAndDigests).
   */
  repoDigestsOf(imageId: string): readonly string[] {
    const named = this.tagsOf(imageId).map((tag) => `${familiarName(parseReference(tag))}@${imageId}`);
    return [...new Set([...named, ...(this.#repoDigests.get(imageId) ?? [])])];
  }

  pulledIndexOf(imageId: string): Document | undefined {
    return this.#pulledIndex.get(imageId);
  }

  /** Stores an image; `runtime` is its own process's behaviour when known (bundled, or inherited from a base). */
  addImage(image: Image, runtime?: ImageRuntime): void {
    if (!this.#images.has(image.id)) {
      this.#images.set(image.id, image);
      this.#arrived.set(image.id, this.now());
    }
    if (runtime) this.#runtimes.set(image.id, runtime);
    for (const layer of image.layers) this.#layers.add(layer.digest);
    this.#changed();
  }

  /** A pull: the image, the tag it came by (none by digest), the repo digest and index it was resolved through. */
  pulled(image: Image, runtime: ImageRuntime, index: Document, repoDigest: string, tag?: string): void {
    this.addImage(image, runtime);
    if (tag) this.#tags.set(tag, image.id);
    else {
      const digests = this.#repoDigests.get(image.id) ?? new Set<string>();
      digests.add(repoDigest);
      this.#repoDigests.set(image.id, digests);
    }
    this.#pulledIndex.set(image.id, index);
  }

  /** `docker load`: the image (and the index it was saved through), under the name it was saved with. */
  loaded(image: Image, runtime: ImageRuntime | undefined, index?: Document, name?: string): void {
    this.addImage(image, runtime);
    if (index) this.#pulledIndex.set(image.id, index);
    if (name) this.#tags.set(name, image.id);
  }

  /** `docker save`: the archive's bytes (daemon/archive.ts); nothing changes. */
  saveImages(inputs: readonly string[]): Uint8Array {
    return saveImages(this, inputs);
  }

  /** `docker load`: adds the archive's images; the lines the daemon streams back. */
  loadImages(bytes: Uint8Array): string[] {
    return loadImages(this, bytes);
  }

  /** Points a full reference at an image; the image that had it keeps its other tags (or dangles). */
  setTag(full: string, imageId: string): void {
    this.#tags.set(full, imageId);
    this.#changed();
  }

  untag(full: string): void {
    if (this.#tags.delete(full)) this.#changed();
  }

  tagsOf(imageId: string): string[] {
    const out: string[] = [];
    for (const [ref, id] of this.#tags) if (id === imageId) out.push(familiarString(parseReference(ref)));
    return out.sort();
  }

  /** Resolves an image by reference, full ID, or unique ID prefix. */
  findImage(input: string): Image | undefined {
    const hex = input.replace(/^sha256:/, '');
    if (/^[a-f0-9]{64}$/.test(hex)) return this.#images.get(`sha256:${hex}`);
    try {
      const ref = parseReference(input);
      if (ref.digest) {
        for (const [id, digests] of this.#repoDigests) {
          if (digests.has(`${familiarString({ ...ref, tag: undefined })}`)) return this.#images.get(id);
        }
      } else {
        const id = this.#tags.get(fullString(ref));
        if (id) return this.#images.get(id);
      }
    } catch {
      // not a valid reference: it may still be an ID prefix
    }
    if (/^[a-f0-9]+$/.test(hex)) {
      const matches = [...this.#images.keys()].filter((id) => id.startsWith(`sha256:${hex}`));
      if (matches.length === 1) return this.#images.get(matches[0]!);
    }
    return undefined;
  }

  /** Like findImage, but a miss is NoSuchImage. */
  getImage(input: string): Image {
    const image = this.findImage(input);
    if (!image) throw new NoSuchImage(missingImageName(input));
    return image;
  }

  /** Pulls from the bundled registry (daemon/pull.ts). */
  pull(ref: Reference): PullResult {
    return pullReference(this, ref);
  }

  /** `docker commit`'s part (daemon/commit.ts): the new image, stored and named. */
  commitContainer(ref: string, options: CommitOptions): Image {
    return commitContainer(this, ref, options);
  }

  /**
   * A build's exported image (BuildKit's image exporter with the containerd store): stored, with
   * `runtime` when it still runs its base's command, and each name moved to it; an image a name
   * left stays, untagged, for the containers made from it.
   */
  storeBuiltImage(image: Image, runtime: ImageRuntime | undefined, names: readonly string[]): void {
    this.addImage(image, runtime);
    for (const name of names) this.#tags.set(name, image.id);
    this.#changed();
  }

  /** `docker rmi`'s part (daemon/remove-image.ts): what went, in order. */
  deleteImage(input: string, options: { force: boolean; prune: boolean }): RemovalEvent[] {
    return deleteImage(this, input, options.force, options.prune);
  }

  containersOf(imageId: string): Container[] {
    return [...this.#containers.values()].filter((c) => c.image.id === imageId);
  }

  removeImage(imageId: string): void {
    this.#images.delete(imageId);
    this.#runtimes.delete(imageId);
    this.#repoDigests.delete(imageId);
    this.#pulledIndex.delete(imageId);
    this.#arrived.delete(imageId);
    for (const [ref, id] of [...this.#tags]) if (id === imageId) this.#tags.delete(ref);
    const used = new Set<string>();
    for (const image of this.#images.values()) for (const layer of image.layers) used.add(layer.digest);
    for (const digest of [...this.#layers]) if (!used.has(digest)) this.#layers.delete(digest);
    this.#changed();
  }

  // ── the build cache ────────────────────────────────────────────

  /** `docker builder prune`: every record goes (none is in use between builds); returns what went. */
  pruneBuildCache(): CacheRecord[] {
    const gone = this.#buildCache.records(this.#images);
    this.#buildCache.clear();
    if (gone.length) this.#changed();
    return gone;
  }

  /** The cache's records, as `docker system df` counts them (one per layer a build step made). */
  buildCacheRecords(): CacheRecord[] {
    return this.#buildCache.records(this.#images);
  }

  /**
   * A build step's result from the cache, when a step with this key was built before (BuildKit's
   * solver); a hit counts as a use (the record's LastUsedAt and UsageCount, `system df -v`).
   */
  reuseBuildStep<T extends CachedStep>(key: string): T | undefined {
    const hit = this.#buildCache.lookup<T>(key);
    if (hit) this.#changed();
    return hit;
  }

  /** A build step's result, cached under its key for later builds. */
  rememberBuildStep(key: string, result: CachedStep): void {
    this.#buildCache.remember(key, result);
    this.#changed();
  }

  /** A build's invocation ID (its provenance's buildkit ref): 25 characters from the host's random stream. */
  buildInvocationId(): string {
    return this.random.hex64().slice(0, 25);
  }

  // ── containers ─────────────────────────────────────────────────

  get containers(): ReadonlyMap<string, Container> {
    return this.#containers;
  }

  get names(): ReadonlyMap<string, string> {
    return this.#names;
  }

  /** Exact ID, exact name, then unique ID prefix, as moby's container view resolves them. */
  findContainer(input: string): Container | undefined {
    if (input === '') return undefined;
    const byId = this.#containers.get(input);
    if (byId) return byId;
    const byName = this.#names.get(input.replace(/^\//, ''));
    if (byName) return this.#containers.get(byName);
    if (!/^[a-f0-9]+$/.test(input)) return undefined;
    const matches = [...this.#containers.keys()].filter((id) => id.startsWith(input));
    if (matches.length > 1) throw new AmbiguousContainerPrefix(input);
    return matches.length === 1 ? this.#containers.get(matches[0]!) : undefined;
  }

  /** Like findContainer, but a miss is NoSuchContainer. */
  getContainer(input: string): Container {
    const c = this.findContainer(input);
    if (!c) throw new NoSuchContainer(input);
    return c;
  }

  /** A name a new container may take (moby daemon/names.go: the pattern, then whether it is free). */
  checkName(name: string): void {
    if (!NAME_PATTERN.test(name)) throw new InvalidContainerName(name);
    const owner = this.#names.get(name);
    if (owner !== undefined) throw new NameInUse(name, owner);
  }

  /**
   * `docker create` (and run's first half), as moby daemon/create.go does it: the image's config
   * merged in and checked, the name reserved, the working directory made (a `docker diff` A).
   * Throws NoCommandSpecified, InvalidWorkingDir, InvalidContainerName or NameInUse; the host is
   * unchanged then.
   */
  createContainer(req: CreateRequest): Container {
    const config = mergeConfig(req);
    if (req.name !== undefined) this.checkName(req.name);
    const ports = portBindings(req, () => 32768 + this.random.below(28000));
    const id = containerId(this.random);
    const name = req.name ?? generateName(this.random, (n) => this.#names.has(n)) ?? id.slice(0, 12);
    const container = new Container(id, name, req.imageRef, req.image, this.now(), config, ports, this.#runtimes.get(req.image.id));
    // container.SetupWorkingDirectory: -w that the image lacks is created (mkdir -p), as root.
    if (req.workingDir && !container.fs.stat(config.workingDir)) container.fs.mkdir(config.workingDir, true);
    container.fs.readOnly = config.readOnly ?? false;
    this.#containers.set(id, container);
    this.#names.set(name, id);
    this.#changed();
    return container;
  }

  renameContainer(container: Container, name: string): void {
    this.#names.delete(container.name);
    container.name = name;
    this.#names.set(name, container.id);
    this.#changed();
  }

  /** Forgets the container (its process must have ended). */
  removeContainer(container: Container, removeVolumes = container.config.autoRemove): void {
    this.#containers.delete(container.id);
    // rm -v and --rm take the container's anonymous volumes along (moby daemon/delete.go, removeMountPoints).
    if (removeVolumes)
      for (const m of container.config.mounts ?? []) {
        const v = m.name ? this.#volumes.get(m.name) : undefined;
        if (v?.anonymous && this.volumeUsers(v.name).length === 0) this.#volumes.delete(v.name);
      }
    this.#names.delete(container.name);
    if (this.#attached?.id === container.id) this.#attached = null;
    this.#changed();
  }

  /** `docker start`'s part: starts the main process (a running container is left as it is). */
  start(ref: string): StartOutcome {
    const c = this.getContainer(ref);
    if (c.paused) throw new CannotStartPaused(c.id);
    if (c.running) return { output: [], exited: false };
    return this.#startProcess(c);
  }

  #startProcess(c: Container): StartOutcome {
    try {
      const outcome = startProcess(this, this.#startupLayers, c);
      // A process that ended at once takes an --rm container with it.
      if (outcome.exited && c.config.autoRemove) this.removeContainer(c);
      return outcome;
    } finally {
      this.#changed();
    }
  }

  /**
   * `docker stop`: the stop signal (`signal`, else the container's: --stop-signal or the image's
   * STOPSIGNAL, else SIGTERM), SIGKILL after the timeout (`timeout`, else --stop-timeout); stopping a stopped container is a no-op success (moby daemon/stop.go).
   */
  stop(ref: string, options: { signal?: string; timeout?: number } = {}): void {
    const c = this.getContainer(ref);
    const signal = parseSignal(options.signal ?? c.config.stopSignal ?? 'SIGTERM');
    const wasRunning = c.running;
    stopWith(this, c, signal, options.timeout ?? c.config.stopTimeout);
    this.#ended(c, wasRunning);
  }

  /** `docker kill`: a signal the process ignores still counts as sent. */
  kill(ref: string, signal = 'KILL'): void {
    const c = this.getContainer(ref);
    if (!c.running) throw new ContainerNotRunning(c.id);
    this.#ended(c, deliver(this, c, parseSignal(signal)));
  }

  /** `docker restart`: stop as `stop` does, then start again. */
  restart(ref: string, options: { signal?: string; timeout?: number } = {}): void {
    const c = this.getContainer(ref);
    stopWith(this, c, parseSignal(options.signal ?? c.config.stopSignal ?? 'SIGTERM'), options.timeout ?? c.config.stopTimeout);
    if (this.#attached?.id === c.id) this.#attached = null;
    this.#startProcess(c);
  }

  pause(ref: string): void {
    const c = this.getContainer(ref);
    if (!c.running) throw new ContainerNotRunning(c.id);
    if (c.paused) throw new ContainerAlreadyPaused(c.id);
    c.paused = true;
    this.#changed();
  }

  unpause(ref: string): void {
    const c = this.getContainer(ref);
    if (!c.paused) throw new ContainerNotPaused(c.id);
    c.paused = false;
    this.#changed();
  }

  /** `docker rm`: `force` kills a running container first; `link` asks to remove a link instead. */
  remove(ref: string, options: { force?: boolean; link?: boolean; volumes?: boolean } = {}): void {
    const c = this.getContainer(ref);
    // -l removes a legacy link "/parent/alias"; the kit has no links, so what -l can reach is a
    // container's own name, its default link, which moby refuses to remove (daemon/delete.go rmLink).
    if (options.link) throw new CannotRemoveDefaultLink();
    if (c.running && !options.force) throw new CannotRemoveRunning(c.name, c.paused);
    stopProcess(this, c, 137);
    this.removeContainer(c, options.volumes ?? false);
  }

  /** After a process may have ended: the attached shell goes with it, an --rm container too. */
  #ended(c: Container, ended: boolean): void {
    if (ended && this.#attached?.id === c.id) this.#attached = null;
    if (ended && c.config.autoRemove) this.removeContainer(c);
    this.#changed();
  }

  /**
   * The running container bound to this port. With `hostIp`, only a binding that overlaps it
   * counts: the same address, or 0.0.0.0 on either side (libnetwork's allocator is per address).
   */
  portOwner(hostPort: number, protocol = 'tcp', hostIp?: string): Container | undefined {
    const overlaps = (ip: string) => hostIp === undefined || ip === hostIp || ip === '0.0.0.0' || hostIp === '0.0.0.0';
    for (const c of this.#containers.values()) {
      if (c.running && c.ports.some((p) => p.hostPort === hostPort && p.protocol === protocol && overlaps(p.hostIp))) return c;
    }
    return undefined;
  }

  /** The container an exec goes into: it must be running and not paused. */
  execTarget(ref: string): Container {
    const c = this.getContainer(ref);
    if (c.paused) throw new CannotExecPaused(ref);
    if (!c.running) throw new ContainerNotRunning(c.id);
    return c;
  }

  /** Who a process runs as: exec's -u, else the container's user (-u or the image's USER). */
  userOf(c: Container, user?: string): Identity {
    return resolveUser(c, user || c.config.user);
  }

  /**
   * `docker exec`'s part: a process beside the main one in a running container, as `user` (throws
   * NoSuchContainer, CannotExecPaused, ContainerNotRunning, UnknownUser, ProcessNotStartable).
   */
  execIn(
    ref: string,
    argv: string[],
    proc: { user?: string | undefined; env: readonly string[]; workdir?: string | undefined },
  ): ExecResult {
    const c = this.execTarget(ref);
    const who = this.userOf(c, proc.user);
    const problem = lookPath(c, argv[0]!, proc.workdir || c.config.workingDir || '/');
    if (problem) throw new ProcessNotStartable(argv[0]!, problem);
    const before = c.fs.changes().length;
    const result = runArgv(c, argv, proc.workdir, { who, env: proc.env, now: this.now() });
    if (c.fs.changes().length !== before || result.exitCode === 0) this.#changed();
    return result;
  }

  /** `exec -it <shell>`: the terminal enters a second shell in the running container. */
  execShell(ref: string, shell: string, proc: { user?: string | undefined; env: readonly string[]; workdir?: string | undefined }): void {
    const c = this.execTarget(ref);
    const who = this.userOf(c, proc.user);
    setSession(c, { who, env: proc.env });
    this.attach({ id: c.id, main: false, shell, cwd: proc.workdir || c.config.workingDir || '/' });
  }

  /** `run -it`/`run -i`/`start -ai` of a shell: the terminal enters the container's main shell. */
  attachMain(c: Container): void {
    const shell = c.argv()[0] ?? 'sh';
    setSession(c, { who: this.userOf(c), env: [] });
    this.attach({
      id: c.id,
      main: true,
      shell: shell.slice(shell.lastIndexOf('/') + 1),
      cwd: c.config.workingDir || '/',
      tty: c.config.tty,
    });
  }

  /**
   * `run -i <shell>` with a piped stdin: the main shell runs the piped script and exits with its
   * status, as it does at the end of its input; the terminal is never attached.
   */
  runPipedScript(c: Container, script: string): ExecResult {
    const shell = c.argv()[0] ?? 'sh';
    const result = this.execIn(c.id, [shell, '-c', script], { env: [] });
    // The main shell ends with the script's status; no session is attached to end.
    stopProcess(this, c, result.exitCode);
    if (c.config.autoRemove) this.removeContainer(c);
    this.#changed();
    return result;
  }

  /** A container's logs changed from outside its processes (a request its server logged). */
  containerChanged(): void {
    this.#changed();
  }

  // ── docker cp (daemon/copy.ts) ─────────────────────────────────

  /** What is at `path` in the container, symlinks followed, or undefined (HEAD /containers/{id}/archive). */
  statContainerPath(ref: string, path: string): Entry | undefined {
    return this.getContainer(ref).fs.stat(normalizePath(path));
  }

  /** The tree at `path` in the container (GET …/archive); throws NoSuchContainer, NoSuchContainerPath. */
  archiveContainerPath(ref: string, path: string): CopyItem[] {
    return archivePath(this.getContainer(ref), path, ref);
  }

  /**
   * Extracts a tree into the container's directory `dir` under `name` (PUT …/archive); throws
   * NoSuchContainer, NoSuchContainerPath, ExtractPointNotDirectory, CannotOverwrite (what was
   * written before a refusal stays, as with a tar stream).
   */
  extractToContainer(ref: string, dir: string, name: string, items: readonly CopyItem[]): void {
    const c = this.getContainer(ref);
    try {
      extractToDir(c, dir, name, items, ref);
    } finally {
      this.#changed();
    }
  }

  // ── volumes ────────────────────────────────────────────────────

  get volumes(): ReadonlyMap<string, Volume> {
    return this.#volumes;
  }

  findVolume(name: string): Volume | undefined {
    return this.#volumes.get(name);
  }

  getVolume(name: string): Volume {
    const v = this.#volumes.get(name);
    if (!v) throw new NoSuchVolume(name);
    return v;
  }

  /** `docker volume create` (and -v of a new name): an existing name is returned as it is; no name gives 64 hex. */
  createVolume(options: { name?: string; labels?: Record<string, string> | null; options?: Record<string, string> | null }): Volume {
    const name = options.name ?? containerId(this.random);
    const existing = this.#volumes.get(name);
    if (existing) return existing;
    if (name.length === 1) throw new InvalidVolumeName(name, true);
    if (!/^[a-zA-Z0-9][a-zA-Z0-9_.-]*$/.test(name)) throw new InvalidVolumeName(name, false);
    const volume = new Volume(
      name,
      this.now(),
      options.labels === undefined ? {} : options.labels,
      options.options === undefined ? {} : options.options,
    );
    this.#volumes.set(name, volume);
    this.#changed();
    return volume;
  }

  /** IDs of the containers (running or not) that mount the volume. */
  volumeUsers(name: string): string[] {
    return [...this.#containers.values()]
      .filter((c) => c.config.mounts?.some((m) => m.type === 'volume' && m.name === name))
      .map((c) => c.id);
  }

  removeVolume(name: string): void {
    this.getVolume(name);
    const users = this.volumeUsers(name);
    if (users.length) throw new VolumeInUse(name, users);
    this.#volumes.delete(name);
    this.#changed();
  }

  /** `docker volume prune`: unused volumes, only anonymous ones unless `all`; returns what went. */
  pruneVolumes(all: boolean): Volume[] {
    const gone = [...this.#volumes.values()].filter((v) => (all || v.anonymous) && this.volumeUsers(v.name).length === 0);
    for (const v of gone) this.#volumes.delete(v.name);
    if (gone.length) this.#changed();
    return gone;
  }

  /** The mounts a new container gets from -v/--mount and its image's VOLUMEs (daemon/mounts.ts). */
  resolveMounts(requests: readonly MountRequest[], image: Image): ContainerMount[] {
    return resolveMounts(this, requests, image);
  }

  /** A host path and everything under it (a file deleted through a bind mount). */
  removeHostPath(path: string): void {
    for (const f of [...this.#hostFiles.keys()]) if (f === path || f.startsWith(path + '/')) this.#hostFiles.delete(f);
    for (const d of [...this.#hostDirs]) if (d === path || d.startsWith(path + '/')) this.#hostDirs.delete(d);
    this.#changed();
  }

  // ── the attached shell and a pending question ──────────────────

  get attached(): Readonly<Session> | null {
    return this.#attached;
  }

  attach(session: Session): void {
    this.#attached = session;
    this.#changed();
  }

  /** The attached shell's working directory after `cd`. */
  moveSession(cwd: string): void {
    if (this.#attached) this.#attached.cwd = cwd;
  }

  /** The attached shell after a line: where it is, where it was, the last status. */
  keepSessionState(state: { cwd: string; oldPwd?: string; status: number }): void {
    if (!this.#attached) return;
    this.#attached.cwd = state.cwd;
    this.#attached.oldPwd = state.oldPwd;
    this.#attached.status = state.status;
  }

  /** The learner's own shell on the host: its directory (where `docker build .` and `cp` look), `cd -` target and `$?`. */
  get hostShell(): Readonly<HostShellState> {
    return this.#hostShell;
  }

  keepHostShellState(state: HostShellState): void {
    this.#hostShell = { ...state };
  }

  /** `exit` in the attached shell: a main shell's container ends with the shell's exit code. */
  exitSession(code: number): void {
    const session = this.#attached;
    this.#attached = null;
    const c = session && this.#containers.get(session.id);
    if (c && session.main) {
      stopProcess(this, c, code);
      if (c.config.autoRemove) this.removeContainer(c);
    }
    this.#changed();
  }

  get pending(): Readonly<Pending> | null {
    return this.#pending;
  }

  ask(pending: Pending): void {
    this.#pending = pending;
  }

  /** The question is answered: it is no longer pending. */
  answer(): Pending | null {
    const pending = this.#pending;
    this.#pending = null;
    return pending;
  }

  // ── the host's disk ────────────────────────────────────────────

  /** The host's files as text (a file kept as bytes reads one character per byte). */
  get hostFiles(): ReadonlyMap<string, string> {
    return this.#hostTexts;
  }

  /** A host file as it is kept: text, or the bytes written (an archive). */
  hostFile(path: string): HostContent | undefined {
    return this.#hostFiles.get(path);
  }

  get hostDirs(): ReadonlySet<string> {
    return this.#hostDirs;
  }

  makeHostDir(path: string): void {
    for (const dir of [...ancestorsOf(path), path]) this.#hostDirs.add(dir);
    this.#changed();
  }

  writeHostFile(path: string, content: string, append = false): void {
    for (const dir of ancestorsOf(parentOf(path))) this.#hostDirs.add(dir);
    this.#hostDirs.add(parentOf(path));
    const before = append ? this.#hostFiles.get(path) : undefined;
    // Text after bytes (`echo >> x.tar`) makes bytes: the text is appended in UTF-8.
    this.#hostFiles.set(path, typeof before === 'object' ? joinBytes(before, hostContentBytes(content)) : (before ?? '') + content);
    this.#changed();
  }

  /** Writes bytes as they are (`docker save > x.tar`, `save -o`), after what is there with `append`. */
  writeHostBytes(path: string, bytes: Uint8Array, append = false): void {
    for (const dir of ancestorsOf(parentOf(path))) this.#hostDirs.add(dir);
    this.#hostDirs.add(parentOf(path));
    const before = append ? this.#hostFiles.get(path) : undefined;
    this.#hostFiles.set(path, before === undefined || before.length === 0 ? bytes : joinBytes(hostContentBytes(before), bytes));
    this.#changed();
  }
}

function joinBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  const all = new Uint8Array(a.length + b.length);
  all.set(a);
  all.set(b, a.length);
  return all;
}

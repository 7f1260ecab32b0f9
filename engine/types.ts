// Public types of the simulated Docker host. Everything a view (component, exercise check)
// may read is here; the host's internals stay behind `Host`.

/** One write to a stream: a terminal shows the writes of a line in this order. */
export interface OutputChunk {
  stream: 'stdout' | 'stderr';
  text: string;
}

/** What one command line produced, exactly as the real CLI's streams would carry it. */
export interface ExecResult {
  /** Everything written to stdout, joined. */
  stdout: string;
  /** Everything written to stderr, joined. */
  stderr: string;
  exitCode: number;
  /**
   * The same text in the order it was written (adjacent writes to one stream merged, no empty
   * chunk), so a terminal never has to guess how the two streams interleave.
   */
  output: OutputChunk[];
}

/** The exact JSON bytes behind an image's digests (content addressing is real: OCI image-spec descriptor.md). */
export interface OciDocuments {
  manifest: string;
  config: string;
  index?: string;
}

export interface HostOptions {
  /** Seeds container IDs and generated names, so a demo replays identically. */
  seed?: number;
  /** Epoch milliseconds; "Up 2 minutes" follows it. Defaults to Date.now. */
  now?: () => number;
}

/** Docker's seven container states (moby api/types/container/state.go). */
export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

export type ChangeKind = 'A' | 'C' | 'D';

export interface Change {
  kind: ChangeKind;
  /** Absolute path, e.g. "/usr/share/nginx/html/index.html". */
  path: string;
}

export interface PortBinding {
  hostIp: string;
  hostPort: number;
  containerPort: number;
  protocol: 'tcp' | 'udp';
}

export interface ContainerView {
  /** Full 64-hex ID. */
  id: string;
  /** Without the leading slash. */
  name: string;
  /** The reference the container was created from, as the user typed it (ps's IMAGE column). */
  image: string;
  /** sha256:… of the image the container was created from; it never changes afterwards. */
  imageId: string;
  state: ContainerState;
  exitCode: number;
  /** The command the container runs (entrypoint + cmd), joined with spaces. */
  command: string;
  ports: PortBinding[];
  env: string[];
  createdAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  /** The writable layer's changes, as `docker diff` lists them. */
  changes: Change[];
  /** Bytes in the writable layer (ps -s, before "virtual"). */
  sizeRw: number;
  /** Bytes of the image underneath (ps -s "virtual" minus sizeRw). */
  imageSize: number;
  /** Volumes and bind mounts over its filesystem (inspect's Mounts): outside the image and the writable layer. */
  mounts: MountView[];
}

/** One mount of a container, with what it holds: writes under `destination` land here, not in `changes`. */
export interface MountView {
  type: 'volume' | 'bind';
  /** The volume's name (64 hex for an anonymous one); absent for a bind mount. */
  name?: string;
  /** On the host: the volume's _data directory, or the bound directory. */
  source: string;
  /** Where the container sees it, e.g. "/data". */
  destination: string;
  readOnly: boolean;
  /** The regular files it holds, as the container sees them ("/data/orders.txt"), sorted. */
  files: string[];
}

export interface LayerView {
  /** sha256 of the uncompressed tar. */
  diffId: string;
  /** sha256 of the gzip blob, as the manifest lists it. */
  digest: string;
  /** Unpacked size shown by `docker history` / `images`. */
  size: number;
  /** The history entry that produced this layer (e.g. `RUN /bin/sh -c apt-get update`). */
  createdBy: string;
}

export interface HistoryView {
  createdBy: string;
  created: string;
  emptyLayer: boolean;
  size: number;
  comment: string;
}

export interface ImageView {
  /** sha256:… of the config bytes (the OCI image ID; see engine/fidelity.md). */
  id: string;
  /** Familiar references, e.g. ["nginx:latest", "nginx:1.29"]; empty when dangling. */
  repoTags: string[];
  /** name@sha256:… of the manifest/index the tag resolved to when pulled. */
  repoDigests: string[];
  /** Unpacked size of all layers. */
  size: number;
  created: string;
  layers: LayerView[];
  history: HistoryView[];
  /** IDs of containers (any state) created from this image. */
  containers: string[];
  config: {
    env: string[];
    cmd: string[] | null;
    entrypoint: string[] | null;
    workingDir: string;
    exposedPorts: string[];
  };
}

/** A file on the host's own disk. */
export interface HostFileView {
  /** Absolute path, e.g. "/home/learner/app/nginx.tar". */
  path: string;
  /** Its size in bytes. */
  size: number;
}

export interface HostSnapshot {
  /** Increments on every state change; views can key on it. */
  version: number;
  containers: ContainerView[];
  images: ImageView[];
}

export interface Host {
  /** Runs one command line. Synchronous, never throws, deterministic for a seed and clock. */
  execute(line: string): ExecResult;
  /** The exact manifest/config (and index, for pulled images) JSON behind an image's digests. */
  inspectOci(ref: string): OciDocuments;
  /** A read-only view of the whole host, rebuilt only when something changed. */
  snapshot(): HostSnapshot;
  /** Called after every command that changed state; returns an unsubscribe function. */
  subscribe(listener: (snapshot: HostSnapshot) => void): () => void;
  /** Reads a file as a container sees it (merged view), or undefined if absent. */
  readFile(container: string, path: string): string | undefined;
  /** The bytes of a file on the host's own disk (a `docker save -o` archive), or undefined if absent. */
  hostFileBytes(path: string): Uint8Array | undefined;
  /**
   * The tar archives on the host's own disk (what `docker save -o` and `docker export -o` write),
   * in the order their paths were first written; a terminal offers the newest for download.
   */
  hostArchives(): HostFileView[];
  /** Names for Tab completion: commands, flags of a command, container and image names. */
  complete(line: string): string[];
  /**
   * The prompt to show before the next line: "$ " on the host, or "root@<id12>:/# " while a
   * `docker run -it … sh` session is attached (lines then run inside that container until `exit`).
   */
  prompt(): string;
}

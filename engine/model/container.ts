// A container: a writable layer over an image, a process state, and its own config.
// State flags follow moby's State; state() derives Docker's state name with the same precedence.
import type { ContainerState, PortBinding } from '../types';
import { ContainerFs } from './container-fs';
import type { NetworkIdentity } from './etc-files';
import type { Image } from './image';
import type { ImageRuntime } from './image-runtime';
import { MountedFs, type ContainerMount } from './mounted-fs';

export interface ContainerConfig {
  entrypoint: string[] | null;
  cmd: string[];
  env: string[];
  workingDir: string;
  tty: boolean;
  interactive: boolean;
  autoRemove: boolean;
  /** --hostname; the 12-character ID when not given (moby daemon/container.go). */
  hostname?: string;
  /** --restart, as inspect's HostConfig.RestartPolicy shows it. */
  restartPolicy?: { Name: string; MaximumRetryCount: number };
  /** -u, else the image's USER ("" is root). */
  user?: string;
  /** The image's labels with -l/--label-file on top (moby daemon/commit.go merge). */
  labels?: Record<string, string>;
  /** The image's EXPOSE ports with the published ones ("80/tcp"), sorted as Go prints a map. */
  exposedPorts?: string[];
  /** --stop-signal, else the image's STOPSIGNAL (none: SIGTERM). */
  stopSignal?: string;
  /** --stop-timeout in seconds (none: the daemon's 10). */
  stopTimeout?: number;
  /** --init given (true or false); undefined when not given, as HostConfig.Init is then null. */
  init?: boolean;
  /** --read-only. */
  readOnly?: boolean;
  /** -v/--mount and the image's VOLUMEs: what is mounted where (daemon/mounts.ts). */
  mounts?: readonly ContainerMount[];
}

export interface LogChunk {
  at: number;
  lines: readonly string[];
}

export class Container implements NetworkIdentity {
  running = false;
  paused = false;
  restarting = false;
  removing = false;
  dead = false;
  startedAt: number | null = null;
  finishedAt: number | null = null;
  exitCode = 0;
  pid = 0;
  logs: LogChunk[] = [];
  /** Its address on the default bridge while it runs (none when stopped). */
  ip: string | undefined;
  /** The address its /etc/hosts names: the one it got at its last start (kept when it stops). */
  hostsAddress: string | undefined;
  readonly fs: ContainerFs;

  constructor(
    readonly id: string,
    public name: string,
    /** The reference as the user typed it (ps's IMAGE column). */
    readonly imageRef: string,
    readonly image: Image,
    readonly created: number,
    readonly config: ContainerConfig,
    readonly ports: readonly PortBinding[],
    /** What the image's own process does (bundled images, and images built on them), if known. */
    readonly runtime?: ImageRuntime,
  ) {
    // Volumes and binds (-v/--mount) over the rootfs; /etc's network files, made from this
    // container's host name and address when read, are bound over both.
    this.fs = config.mounts?.length ? new MountedFs(image.rootfs(), this, config.mounts) : new ContainerFs(image.rootfs(), this);
  }

  /** Joins the default bridge at `ip` (start) or leaves it (stop); /etc/hosts is written anew at start. */
  connect(ip: string | undefined): void {
    this.ip = ip;
    if (ip) {
      this.hostsAddress = ip;
      this.fs.rewrite('/etc/hosts');
    }
  }

  /** Docker's state name (moby daemon/container/state.go StateString precedence). */
  state(): ContainerState {
    if (this.running) {
      if (this.paused) return 'paused';
      if (this.restarting) return 'restarting';
      return 'running';
    }
    if (this.removing) return 'removing';
    if (this.dead) return 'dead';
    if (this.startedAt === null) return 'created';
    return 'exited';
  }

  /** The container's host name: what `hostname` prints and the shell prompt shows. */
  hostname(): string {
    return this.config.hostname || this.id.slice(0, 12);
  }

  /** The argv the process runs: entrypoint then cmd. */
  argv(): string[] {
    return [...(this.config.entrypoint ?? []), ...this.config.cmd];
  }

  /**
   * What the process really runs: the official images' docker-entrypoint.sh does its set-up and
   * ends with `exec "$@"`, so `docker run nginx ls /` runs ls and `redis-server` is PID 1.
   */
  execArgv(): string[] {
    const argv = this.argv();
    return /(^|\/)docker-entrypoint\.sh$/.test(argv[0] ?? '') && argv.length > 1 ? argv.slice(1) : argv;
  }

  /** The image's own behaviour, while the container runs the image's own command. */
  ownRuntime(): ImageRuntime | undefined {
    const config = this.image.config.config;
    const own = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
    const argv = this.argv();
    return this.runtime && argv.length === own.length && argv.every((a, i) => a === own[i]) ? this.runtime : undefined;
  }

  log(at: number, lines: readonly string[]): void {
    if (lines.length === 0) return;
    // A first chunk gets an array of its own size: a push would reserve 17 slots in each of ten
    // thousand containers that log once at start.
    if (this.logs.length === 0) this.logs = [{ at, lines }];
    else this.logs.push({ at, lines });
  }
}

// A container: a writable layer over an image, a process state, and its own config.
// State flags follow moby's State; state() derives Docker's state name with the same precedence.
import type { ContainerState, PortBinding } from '../types';
import { CowFs } from './cow';
import type { Image } from './image';

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
}

export interface LogChunk {
  at: number;
  lines: readonly string[];
}

export class Container {
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
  readonly fs: CowFs;

  constructor(
    readonly id: string,
    public name: string,
    /** The reference as the user typed it (ps's IMAGE column). */
    readonly imageRef: string,
    readonly image: Image,
    readonly created: number,
    readonly config: ContainerConfig,
    readonly ports: PortBinding[],
  ) {
    this.fs = new CowFs(image.rootfs());
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

  log(at: number, lines: readonly string[]): void {
    if (lines.length > 0) this.logs.push({ at, lines });
  }
}

// What a command sees: the daemon (the host's state, changed only through its methods) and how
// the command was invoked.
import type { Daemon } from '../daemon/daemon';

export interface Ctx {
  readonly daemon: Daemon;
  /** The command path as invoked, e.g. "docker ps" or "docker container ls". */
  readonly path: string;
  /** The usage line for this path, e.g. "docker ps [OPTIONS]". */
  readonly usage: string;
  /** stdin and stdout when they are not the terminal; absent: both are the terminal. */
  readonly stdio?: Stdio;
}

/** A command's stdin and stdout when they are not the terminal (a file or a pipe), as docker/cli's In()/Out() see them. */
export interface Stdio {
  /** stdin's bytes when it is a file or a pipe; undefined when it is the terminal. */
  readonly stdin?: Uint8Array;
  /** Set when stdout is a file or a pipe: where a command writes bytes as they are (`docker save > x.tar`). */
  readonly stdout?: (bytes: Uint8Array) => void;
}

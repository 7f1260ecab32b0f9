// What a command sees: the daemon (the host's state, changed only through its methods) and how
// the command was invoked.
import type { Daemon } from '../daemon/daemon';

export interface Ctx {
  readonly daemon: Daemon;
  /** The command path as invoked, e.g. "docker ps" or "docker container ls". */
  readonly path: string;
  /** The usage line for this path, e.g. "docker ps [OPTIONS]". */
  readonly usage: string;
}

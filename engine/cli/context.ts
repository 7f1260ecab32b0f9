// What a command sees: the host's state (changed only through its methods) and how it was invoked.
import type { HostState } from '../host-state';

export interface Ctx {
  readonly state: HostState;
  /** The command path as invoked, e.g. "docker ps" or "docker container ls". */
  readonly path: string;
  /** The usage line for this path, e.g. "docker ps [OPTIONS]". */
  readonly usage: string;
}

// Exercise 10: the container lifecycle as Docker enforces it. README.md has the steps; the
// exact error texts are Docker 29's (see the table in README.md).
import { todo } from '../support/todo';

export type State = 'created' | 'running' | 'paused' | 'exited';
export type Action = 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'rm -f';

export interface Container {
  /** Full 64-hex ID. */
  id: string;
  /** Without the leading slash, e.g. "web". */
  name: string;
  state: State;
}

/** An error as the docker CLI prints it on stderr, e.g. `Error response from daemon: …`. */
export class DockerError extends Error {
  override name = 'DockerError';
}

/**
 * The container's state after `docker <action> <name>`, or 'removed' when it is gone.
 * Throws a DockerError with Docker's exact message when Docker refuses.
 */
export function next(container: Container, action: Action): State | 'removed' {
  return todo(`next(${container.state}, ${action})`);
}

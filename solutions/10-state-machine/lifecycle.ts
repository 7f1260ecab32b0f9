// Exercise 10, reference solution.

export type State = 'created' | 'running' | 'paused' | 'exited';
export type Action = 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'rm -f';

export interface Container {
  id: string;
  name: string;
  state: State;
}

export class DockerError extends Error {
  override name = 'DockerError';
}

function refuse(reason: string): never {
  throw new DockerError(`Error response from daemon: ${reason}`);
}

export function next(c: Container, action: Action): State | 'removed' {
  // A paused container still has a (frozen) process: Docker counts it as running.
  const alive = c.state === 'running' || c.state === 'paused';
  switch (action) {
    case 'start':
      if (c.state === 'paused') refuse('cannot start a paused container, try unpause instead');
      return 'running';
    case 'stop':
      return alive ? 'exited' : c.state;
    case 'kill':
      // The kill route wraps the daemon's refusal with the name as typed.
      if (!alive) refuse(`cannot kill container: ${c.name}: container ${c.id} is not running`);
      return 'exited';
    case 'pause':
      if (c.state === 'paused') refuse(`container ${c.id} is already paused`);
      if (c.state !== 'running') refuse(`container ${c.id} is not running`);
      return 'paused';
    case 'unpause':
      if (c.state !== 'paused') refuse(`Container ${c.id} is not paused`);
      return 'running';
    case 'restart':
      return 'running';
    case 'rm':
      if (c.state === 'running') {
        refuse(`cannot remove container "${c.name}": container is running: stop the container before removing or force remove`);
      }
      if (c.state === 'paused') refuse(`cannot remove container "${c.name}": container is paused and must be unpaused first`);
      return 'removed';
    case 'rm -f':
      return 'removed';
  }
}

// Exercise 06, reference answers.

/** 1. After `docker stop web`, the container web… */
export type AfterStop =
  'is deleted, with its writable layer' | 'still exists, Exited, with its writable layer, until docker rm' | 'is turned back into an image';
export const afterStop: AfterStop = 'still exists, Exited, with its writable layer, until docker rm';

/** 2. The tag `latest`… */
export type Latest =
  | 'always points at the newest version of the image'
  | 'is only the default tag name: it points wherever it was last pushed or tagged'
  | 'is updated by Docker every time you run a container';
export const latest: Latest = 'is only the default tag name: it points wherever it was last pushed or tagged';

/** 3. You edit a file inside a running container. The image it came from… */
export type ImageAfterEdit =
  | 'changes too, so the next container sees the edit'
  | "stays the same: the edit lives in the container's writable layer"
  | 'changes only after the container is stopped';
export const imageAfterEdit: ImageAfterEdit = "stays the same: the edit lives in the container's writable layer";

/** 4. A Dockerfile step `RUN rm /big-file` after a step that added /big-file… */
export type DeleteInLaterLayer =
  | 'makes the image smaller'
  | 'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it'
  | 'is rejected by docker build';
export const deleteInLaterLayer: DeleteInLaterLayer =
  'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it';

/** 5. "An image is just a stopped container." */
export type StoppedContainer =
  | 'true: stopping a container turns it into an image'
  | 'false: an image has no state, no processes and no writable layer; a stopped container still has its own'
  | 'true for images made with docker commit';
export const stoppedContainer: StoppedContainer =
  'false: an image has no state, no processes and no writable layer; a stopped container still has its own';

/** 6. Which container states does `docker ps` (without -a) show? List every one once, any order. */
export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
// Every state whose Running flag is set: running; paused (the process is frozen, still alive);
// restarting (the process exited and a restart is pending; moby daemon/container/state.go
// SetRestarting keeps Running true, and daemon/list.go hides only containers that are not Running).
export const psWithoutA: readonly ContainerState[] = ['running', 'paused', 'restarting'];

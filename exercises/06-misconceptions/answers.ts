// Exercise 06: six things people believe about images and containers. For each, pick what
// really happens. Each type lists the only answers that compile.
import { UNANSWERED } from '../support/todo';

/** 1. After `docker stop web`, the container web… */
export type AfterStop =
  'is deleted, with its writable layer' | 'still exists, Exited, with its writable layer, until docker rm' | 'is turned back into an image';
export const afterStop: AfterStop = UNANSWERED;

/** 2. The tag `latest`… */
export type Latest =
  | 'always points at the newest version of the image'
  | 'is only the default tag name: it points wherever it was last pushed or tagged'
  | 'is updated by Docker every time you run a container';
export const latest: Latest = UNANSWERED;

/** 3. You edit a file inside a running container. The image it came from… */
export type ImageAfterEdit =
  | 'changes too, so the next container sees the edit'
  | "stays the same: the edit lives in the container's writable layer"
  | 'changes only after the container is stopped';
export const imageAfterEdit: ImageAfterEdit = UNANSWERED;

/** 4. A Dockerfile step `RUN rm /big-file` after a step that added /big-file… */
export type DeleteInLaterLayer =
  | 'makes the image smaller'
  | 'leaves the size as it was or larger: the lower layer still holds the file, a whiteout hides it'
  | 'is rejected by docker build';
export const deleteInLaterLayer: DeleteInLaterLayer = UNANSWERED;

/** 5. "An image is just a stopped container." */
export type StoppedContainer =
  | 'true: stopping a container turns it into an image'
  | 'false: an image has no state, no processes and no writable layer; a stopped container still has its own'
  | 'true for images made with docker commit';
export const stoppedContainer: StoppedContainer = UNANSWERED;

/** 6. Which container states does `docker ps` (without -a) show? List every one once, any order. */
export type ContainerState = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';
export const psWithoutA: readonly ContainerState[] = UNANSWERED;

// Exercise 02: image or container? Replace each UNANSWERED with 'image' or 'container'.
// The type only allows those two words, so a typo is a compile error, not a wrong answer.
import { UNANSWERED } from '../support/todo';

export type Thing = 'image' | 'container';

/** 1. It is read-only: nothing that happens while software runs can change it. */
export const readOnly: Thing = UNANSWERED;

/** 2. It has running processes and can listen on a port. */
export const hasProcesses: Thing = UNANSWERED;

/** 3. `docker pull nginx` downloads one of these. */
export const whatPullFetches: Thing = UNANSWERED;

/** 4. It has a writable layer of its own. */
export const hasWritableLayer: Thing = UNANSWERED;

/** 5. `docker ps` lists these. */
export const whatPsLists: Thing = UNANSWERED;

/** 6. `docker build` produces one of these. */
export const whatBuildMakes: Thing = UNANSWERED;

/** 7. It can be started, stopped, paused and restarted. */
export const hasALifecycle: Thing = UNANSWERED;

/** 8. Its ID is a sha256 digest of its content (the config, or on Docker 29 the manifest or index above it), so the same content always has the same ID. */
export const contentAddressed: Thing = UNANSWERED;

/** 9. In the class/object analogy, it is the object made with `new Dog('Rex')`. */
export const theObject: Thing = UNANSWERED;

// Exercise 02, reference answers.
// The type only allows those two words, so a typo is a compile error, not a wrong answer.

export type Thing = 'image' | 'container';

/** 1. It is read-only: nothing that happens while software runs can change it. */
export const readOnly: Thing = 'image';

/** 2. It has running processes and can listen on a port. */
export const hasProcesses: Thing = 'container';

/** 3. `docker pull nginx` downloads one of these. */
export const whatPullFetches: Thing = 'image';

/** 4. It has a writable layer of its own. */
export const hasWritableLayer: Thing = 'container';

/** 5. `docker ps` lists these. */
export const whatPsLists: Thing = 'container';

/** 6. `docker build` produces one of these. */
export const whatBuildMakes: Thing = 'image';

/** 7. It can be started, stopped, paused and restarted. */
export const hasALifecycle: Thing = 'container';

/** 8. Its ID is a sha256 digest of its content (the config, or on Docker 29 the manifest or index above it), so the same content always has the same ID. */
export const contentAddressed: Thing = 'image';

/** 9. In the class/object analogy, it is the object made with `new Dog('Rex')`. */
export const theObject: Thing = 'container';

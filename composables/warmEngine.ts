// The engine builds its bundled images (real tar layers, sha256 digests) the first time one is
// pulled, about a second of work. Doing it while the title slide is up keeps the first demo's
// first click as quick as the others.

import { createHost } from '../engine/index';

export function warmEngine(): void {
  createHost({ seed: 1 }).execute('docker pull nginx');
}

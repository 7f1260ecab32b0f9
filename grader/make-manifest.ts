// Rewrites grader/manifest.json from the pristine exercises. Run it after editing a starter or
// a test: `npx tsx grader/make-manifest.ts`. The kit's tests fail while it is out of date.
import { fileURLToPath } from 'node:url';
import { buildManifest, writeManifest } from './manifest';
import { loadMetadata } from './metadata';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = fileURLToPath(new URL('./manifest.json', import.meta.url));
const manifest = buildManifest(root, loadMetadata(root));
writeManifest(path, manifest);
console.log(`wrote ${path} (${Object.keys(manifest.exercises).length} exercises)`);

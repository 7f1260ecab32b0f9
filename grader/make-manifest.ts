// For the kit's authors, never for learners: rewrites grader/manifest.json from the files as they
// are now, after a starter, a check or a solution was edited on purpose. The shipped files are also
// written into git's object store (`git hash-object -w`), so the kit's own tests can read them back
// by blob id before the change is committed. `--check` only says whether the manifest is current
// (exit 1 when not): CI runs it on a clean clone.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildManifest, formatManifest, writeManifest } from './manifest';
import { loadMetadata } from './metadata';

const root = fileURLToPath(new URL('..', import.meta.url));
const path = fileURLToPath(new URL('./manifest.json', import.meta.url));
const manifest = buildManifest(root, loadMetadata(root));

if (process.argv.includes('--check')) {
  const current = readFileSync(path, 'utf8');
  if (current !== formatManifest(manifest)) {
    console.error(`${path} is out of date with exercises/ and solutions/: run \`npx tsx grader/make-manifest.ts\` and commit it`);
    process.exit(1);
  }
  console.log(`${path} is up to date (${Object.keys(manifest.exercises).length} exercises)`);
} else {
  writeManifest(path, manifest);
  let stored = 0;
  for (const [file, blob] of Object.entries(manifest.exercises).flatMap(([, e]) => Object.entries(e.blobs))) {
    const text = readFileSync(join(root, file), 'utf8').replace(/\r\n/g, '\n');
    try {
      const id = execFileSync('git', ['-C', root, 'hash-object', '-w', '--stdin'], { input: text, encoding: 'utf8' }).trim();
      if (id !== blob) throw new Error(`git stored ${file} as ${id}, the manifest says ${blob}`);
      stored++;
    } catch (error) {
      console.warn(
        `not stored in git (${error instanceof Error ? error.message.split('\n')[0] : String(error)}); the kit's tests need it once committed`,
      );
      break;
    }
  }
  console.log(`wrote ${path} (${Object.keys(manifest.exercises).length} exercises; ${stored} shipped files stored in git)`);
}

// `npm run hint -- 05`: shows the next hint of exercise 05 that you have not seen yet.
// `npm run hint -- 05 --again` shows the ones you have seen; `npm run hint` lists your progress.
import { fileURLToPath } from 'node:url';
import { loadMetadata, selectExercises } from './metadata';
import { loadProgress, parseHints, reveal } from './hints';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = fileURLToPath(new URL('..', import.meta.url));

function main(): void {
  const args = process.argv.slice(2);
  const again = args.includes('--again');
  const ids = args.filter((a) => !a.startsWith('-'));
  const all = loadMetadata(root);
  if (ids.length === 0) {
    const progress = loadProgress(root);
    console.log('Hints seen so far (`npm run hint -- NN` shows the next one):');
    for (const e of all) {
      const total = parseHints(readFileSync(join(root, 'exercises', e.id, 'hints.md'), 'utf8')).length;
      console.log(`  ${e.id.padEnd(30)} ${progress[e.id] ?? 0}/${total}`);
    }
    return;
  }
  for (const exercise of selectExercises(all, ids)) {
    const r = reveal(root, exercise.id, again);
    if (r.exhausted) {
      console.log(
        `${exercise.id}: you have seen all ${r.total} hints (\`npm run hint -- ${exercise.id.slice(0, 2)} --again\` shows them).`,
      );
      console.log(`The reference solution is in solutions/${exercise.id}/ — try once more before you look.`);
      continue;
    }
    for (const h of r.shown) console.log(`\n${exercise.id}, hint ${h.number} of ${r.total}:\n\n${h.text}\n`);
    if (!again && r.seen < r.total) console.log(`(${r.total - r.seen} more: run the same command again)`);
  }
}

try {
  main();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}

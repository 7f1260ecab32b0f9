// Every command exercise sends the learner to `npm run shell -- NN` to see what their commands
// print (the grader shows only what failed), and no README still says to add lines "to see".
import { expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './helpers/run-checks';

const { exercises } = JSON.parse(readFileSync(join(repoRoot, 'exercises', 'exercises.json'), 'utf8')) as {
  exercises: { id: string; kind: string; starter: string }[];
};
const commandExercises = exercises.filter((e) => e.kind === 'command');

test.each(commandExercises.map((e) => [e.id]))('%s: its README names npm run shell -- NN', (id) => {
  const nn = id.slice(0, 2);
  const readme = readFileSync(join(repoRoot, 'exercises', id, 'README.md'), 'utf8');
  expect(readme).toContain(`npm run shell -- ${nn}`);
  expect(readme).not.toMatch(/\b[Aa]dd `docker (ps|diff|images)/);
});

test('the exercises guide and the main README explain npm run shell', () => {
  expect(readFileSync(join(repoRoot, 'exercises', 'README.md'), 'utf8')).toContain("`echo 'docker ps -a' | npm run shell -- 07`");
  expect(readFileSync(join(repoRoot, 'README.md'), 'utf8')).toContain('`npm run shell -- 07` first replays');
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  expect(pkg.scripts.shell).toBe('tsx scripts/shell.ts');
});

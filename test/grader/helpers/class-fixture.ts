// A fixture class for the re-grade: honest, partial, cheating and broken submissions, built in a
// temporary folder from the kit's reference solutions (solutions/) and starters.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { zipSync } from 'fflate';
import { repoRoot } from './temp-kit';

const solution = (path: string): Buffer => readFileSync(join(repoRoot, 'solutions', path));
const starter = (path: string): string => readFileSync(join(repoRoot, 'exercises', path), 'utf8');

function put(dir: string, path: string, bytes: Buffer | string): void {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), bytes);
}

/** 13's starter with the reference functions but chainId answered from a lookup table. */
function lookupTable13(): string {
  return solution('13-image-id/image-id.ts')
    .toString('utf8')
    .replace(
      /export function chainId\(diffIds: readonly string\[\]\): string \{[\s\S]*?\n\}\n/,
      `export function chainId(diffIds: readonly string[]): string {
  const known: Record<string, string> = {
    'sha256:a': 'sha256:a',
    'sha256:a,sha256:b': 'sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8',
    'sha256:a,sha256:b,sha256:c': 'sha256:dee159b33409cefa3f6eda71539f006014283e9d9130c18a1dea7bd8a33c9b1b',
  };
  return known[diffIds.join(',')] ?? 'sha256:0';
}
`,
    );
}

export function fixtureClass(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grade-class-fixture-'));
  // honest: a folder with both exercises solved.
  put(dir, 'alice/exercises/02-blueprint-or-house/answers.ts', solution('02-blueprint-or-house/answers.ts'));
  put(dir, 'alice/exercises/13-image-id/image-id.ts', solution('13-image-id/image-id.ts'));
  // partial: a zip of a copy in a sub-folder, 02 solved, 13 untouched.
  writeFileSync(
    join(dir, 'bob.zip'),
    zipSync({
      'kit-main/exercises/02-blueprint-or-house/answers.ts': solution('02-blueprint-or-house/answers.ts'),
      'kit-main/exercises/13-image-id/image-id.ts': Buffer.from(starter('13-image-id/image-id.ts')),
      'kit-main/README.md': Buffer.from('# my copy\n'),
    }),
  );
  // cheating: a tar.gz with a lookup table in 13, an always-passing grader and a hand-edited report.
  const carol = mkdtempSync(join(tmpdir(), 'carol-'));
  put(
    carol,
    'exercises/02-blueprint-or-house/answers.ts',
    `${starter('02-blueprint-or-house/answers.ts')}\nJSON.stringify = () => 'same';\n`,
  );
  put(carol, 'exercises/13-image-id/image-id.ts', lookupTable13());
  put(carol, 'grader/status.ts', "export const decide = () => ({ status: 'passed' });\n");
  put(carol, 'grader/harness.ts', 'export function test(): void {}\n');
  put(carol, 'reports/grade.json', '{ "score": 160, "maxScore": 160 }\n');
  execFileSync('tar', ['-czf', join(dir, 'carol.tar.gz'), '-C', carol, '.']);
  // broken: not an archive; a path escaping; a symlink pointing out (tar and folder); a zip bomb; a 100 MB file.
  writeFileSync(join(dir, 'dave.txt'), 'my answers are in my head\n');
  writeFileSync(
    join(dir, 'erin.zip'),
    zipSync({ '../x': Buffer.from('escape'), 'exercises/02-blueprint-or-house/answers.ts': solution('02-blueprint-or-house/answers.ts') }),
  );
  const frank = mkdtempSync(join(tmpdir(), 'frank-'));
  mkdirSync(join(frank, 'exercises', '13-image-id'), { recursive: true });
  symlinkSync('/etc/passwd', join(frank, 'exercises', '13-image-id', 'image-id.ts'));
  execFileSync('tar', ['-czf', join(dir, 'frank.tar.gz'), '-C', frank, '.']);
  mkdirSync(join(dir, 'grace', 'exercises', '13-image-id'), { recursive: true });
  symlinkSync('/etc/hostname', join(dir, 'grace', 'exercises', '13-image-id', 'image-id.ts'));
  writeFileSync(join(dir, 'heidi.zip'), zipSync({ 'exercises/13-image-id/image-id.ts': new Uint8Array(40 * 1024 * 1024) }, { level: 9 }));
  put(dir, 'ivan/exercises/02-blueprint-or-house/answers.ts', solution('02-blueprint-or-house/answers.ts'));
  put(dir, 'ivan/exercises/13-image-id/image-id.ts', '');
  execFileSync('truncate', ['-s', '100M', join(dir, 'ivan', 'exercises', '13-image-id', 'image-id.ts')]);
  return dir;
}

// A committed copy of the kit for tamper tests: the kit's files from this checkout's HEAD
// (`git archive`) in a temporary folder made its own git repository with one commit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from './temp-kit';

export function gitKit(): string {
  const root = mkdtempSync(join(tmpdir(), 'grader-git-kit-'));
  const tar = execFileSync(
    'git',
    [
      '-C',
      repoRoot,
      'archive',
      '--format=tar',
      'HEAD',
      '--',
      'grader',
      'engine',
      'exercises',
      'solutions',
      'package.json',
      'package-lock.json',
      'tsconfig.json',
    ],
    { maxBuffer: 512 * 1024 * 1024 },
  );
  execFileSync('tar', ['-x', '-C', root], { input: tar });
  symlinkSync(join(repoRoot, 'node_modules'), join(root, 'node_modules'), 'dir');
  const git = (...args: string[]) =>
    execFileSync('git', ['-C', root, '-c', 'user.name=kit', '-c', 'user.email=kit@example.invalid', ...args], { stdio: 'ignore' });
  git('init', '-q');
  git('add', '-A', '.', ':!node_modules');
  git('commit', '-q', '-m', 'kit');
  return root;
}

// runc checks the command with Go's exec.LookPath before it starts it; which of its failures it
// is decides the CLI's exit code (run.go toStatusError: not found 127, is a directory 126).
import type { LookPathProblem } from '../errors/daemon-errors';
import type { Container } from '../model/container';
import { normalizePath } from '../model/entry';
import { findProgram } from '../shell/programs';

export function lookPath(c: Container, name: string, cwd = '/'): LookPathProblem | undefined {
  if (name.includes('/')) {
    const entry = c.fs.stat(normalizePath(name, cwd));
    if (!entry) return 'no-such-file';
    if (entry.type === 'dir') return 'is-directory';
    return undefined;
  }
  return name && findProgram(c, name) ? undefined : 'not-found';
}

// runc checks the command with Go's exec.LookPath before it starts it; the error text decides the
// CLI's exit code (run.go toStatusError: "not found"/"no such file" → 127, "is a directory" → 126).
import { msg } from '../errors/messages';
import type { Container } from '../model/container';
import { normalizePath } from '../model/entry';
import { findProgram } from '../shell/programs';

export interface LookPathFailure {
  reason: string;
  exitCode: 126 | 127;
}

export function lookPath(c: Container, name: string, cwd = '/'): LookPathFailure | undefined {
  if (name.includes('/')) {
    const path = normalizePath(name, cwd);
    const entry = c.fs.stat(path);
    if (!entry) return { reason: msg.noSuchExecutable(name, name), exitCode: 127 };
    if (entry.type === 'dir') return { reason: msg.executableIsDirectory(name), exitCode: 126 };
    return undefined;
  }
  return name && findProgram(c, name) ? undefined : { reason: msg.executableNotFound(name), exitCode: 127 };
}

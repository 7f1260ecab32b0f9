// The host's own disk, as far as the kit models it: files (state.hostFiles) and directories
// (state.hostDirs, plus every directory that holds a file). Text only, no owners or modes.
import type { Daemon } from '../daemon/daemon';

export function isHostDir(state: Daemon, path: string): boolean {
  if (state.hostDirs.has(path)) return true;
  const prefix = path === '/' ? '/' : path + '/';
  for (const file of state.hostFiles.keys()) if (file.startsWith(prefix)) return true;
  for (const dir of state.hostDirs) if (dir.startsWith(prefix)) return true;
  return false;
}

/** Sorted names directly inside `dir`. */
export function hostChildren(state: Daemon, dir: string): string[] {
  const prefix = dir === '/' ? '/' : dir + '/';
  const names = new Set<string>();
  for (const path of [...state.hostFiles.keys(), ...state.hostDirs]) {
    if (path.startsWith(prefix) && path.length > prefix.length) names.add(path.slice(prefix.length).split('/')[0]!);
  }
  return [...names].sort();
}

// The host's own disk, as far as the kit models it: files (state.hostFiles) and directories
// (state.hostDirs, plus every directory that holds a file). Text only, no owners or modes.
import type { HostState } from '../host-state';
import { ancestorsOf, parentOf } from '../model/entry';

export function isHostDir(state: HostState, path: string): boolean {
  if (state.hostDirs.has(path)) return true;
  const prefix = path === '/' ? '/' : path + '/';
  for (const file of state.hostFiles.keys()) if (file.startsWith(prefix)) return true;
  for (const dir of state.hostDirs) if (dir.startsWith(prefix)) return true;
  return false;
}

/** Sorted names directly inside `dir`. */
export function hostChildren(state: HostState, dir: string): string[] {
  const prefix = dir === '/' ? '/' : dir + '/';
  const names = new Set<string>();
  for (const path of [...state.hostFiles.keys(), ...state.hostDirs]) {
    if (path.startsWith(prefix) && path.length > prefix.length) names.add(path.slice(prefix.length).split('/')[0]!);
  }
  return [...names].sort();
}

export function makeHostDir(state: HostState, path: string): void {
  for (const dir of [...ancestorsOf(path), path]) state.hostDirs.add(dir);
}

export function writeHostFile(state: HostState, path: string, content: string): void {
  makeHostDir(state, parentOf(path));
  state.hostFiles.set(path, content);
}

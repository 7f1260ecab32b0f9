// `docker cp`'s daemon side (moby daemon/archive.go): what is at a path (HEAD
// /containers/{id}/archive, ContainerStatPath), a path as a tree (GET, ContainerArchivePath) and a
// tree extracted into a directory (PUT, ContainerExtractToDir: daemon/archive_unix.go
// containerExtractToDir). A stopped container's files are there too: its writable layer stays
// until rm. The daemon (daemon.ts) finds the container and records the change.
import { CannotOverwrite, ExtractPointNotDirectory, NoSuchContainerPath } from '../errors/daemon-errors';
import type { Container } from '../model/container';
import { extractTree, fsTarget, readFsTree, type CopyItem } from '../model/copy-tree';
import { normalizePath } from '../model/entry';

/** The tree at `path` (symlinks in it kept as links; a linked root is followed, as -L does). */
export function archivePath(c: Container, path: string, ref: string): CopyItem[] {
  const items = readFsTree(c.fs, c.fs.resolve(normalizePath(path)));
  if (!items) throw new NoSuchContainerPath(path, ref);
  return items;
}

/** Extracts `items` into the directory `dir` under `name` ("." merges the root's contents). */
export function extractToDir(c: Container, dir: string, name: string, items: readonly CopyItem[], ref: string): void {
  const at = c.fs.stat(dir);
  if (!at) throw new NoSuchContainerPath(dir, ref);
  if (at.type !== 'dir') throw new ExtractPointNotDirectory(dir);
  const refused = extractTree(fsTarget(c.fs), items, dir, name);
  if (refused) throw new CannotOverwrite(refused.path, refused.dir, refused.directory);
}

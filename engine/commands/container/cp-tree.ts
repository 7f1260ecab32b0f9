// The client's side of `docker cp`: the tree read from the host's disk (what the CLI tars up),
// and the host's disk as the place a container's tree is extracted to. The tree itself and the
// container's side are the model's and the daemon's (model/copy-tree.ts, daemon/copy.ts).
import type { Daemon } from '../../daemon/daemon';
import { joinRel, type CopyItem, type CopyTarget } from '../../model/copy-tree';
import { hostChildren, isHostDir } from '../../shell/host-disk';

/** The tree at `path` on the host's disk, or undefined. */
export function readHostTree(state: Daemon, path: string): CopyItem[] | undefined {
  const file = state.hostFiles.get(path);
  if (file !== undefined) return [{ rel: '', kind: 'file', content: file }];
  if (!isHostDir(state, path)) return undefined;
  const items: CopyItem[] = [];
  const visit = (abs: string, rel: string) => {
    const content = state.hostFiles.get(abs);
    if (content !== undefined) {
      items.push({ rel, kind: 'file', content });
      return;
    }
    items.push({ rel, kind: 'dir', content: '' });
    for (const name of hostChildren(state, abs)) visit(joinRel(abs, name), rel ? `${rel}/${name}` : name);
  };
  visit(path, '');
  return items;
}

export function hostTarget(state: Daemon): CopyTarget {
  return {
    kindAt: (p) => (state.hostFiles.has(p) ? 'file' : isHostDir(state, p) ? 'dir' : undefined),
    mkdir: (p) => state.makeHostDir(p),
    writeFile: (p, content) => state.writeHostFile(p, content),
  };
}

// The file operations of COPY (from the build context or another stage) and of WORKDIR, which
// BuildKit runs as a FileOp mkdir -p (dockerfile2llb dispatchWorkdir). No program runs for them.
import { CowFs } from '../../../model/cow';
import type { LayerEntry } from '../../../model/entry';
import { baseName, normalizePath, parentOf } from '../../../model/entry';
import type { Layer } from '../../../model/layer';
import { mergeLayers } from '../../../model/image';
import type { Source } from './context';

export interface CopyPlan {
  /** Each source's files, in source order. */
  sources: Array<{ files: Source[]; singleFile: boolean }>;
  /** The destination as written (relative ones resolve against WORKDIR). */
  dest: string;
}

/** Writes the copied files over the current layers; returns the changeset (the new layer). */
export function copyFiles(layers: readonly Layer[], workingDir: string, plan: CopyPlan): ReadonlyMap<string, LayerEntry> {
  const fs = new CowFs(mergeLayers(layers));
  const destAbs = normalizePath(plan.dest, workingDir || '/');
  // Docker's rule: a destination ending in "/" or fed by several sources (or a directory) is a directory.
  const intoDir = plan.dest.endsWith('/') || plan.dest === '.' || plan.sources.length > 1 || plan.sources.some((s) => !s.singleFile);
  for (const { files } of plan.sources) {
    for (const file of files) {
      const target = intoDir ? normalizePath(file.under, destAbs) : destAbs;
      const parent = parentOf(target);
      if (parent !== '/') fs.mkdir(parent, true);
      if (fs.stat(target)?.type === 'dir') fs.remove(target, true);
      fs.writeFile(target, file.content);
    }
  }
  return fs.changeset();
}

/** mkdir -p of the working directory; an empty changeset when it already exists. */
export function makeWorkdir(layers: readonly Layer[], dir: string): ReadonlyMap<string, LayerEntry> {
  const fs = new CowFs(mergeLayers(layers));
  if (dir !== '/') fs.mkdir(dir, true);
  return fs.changeset();
}

/** COPY --from: the files a source path names in another stage's (or image's) filesystem. */
export function selectFromLayers(layers: readonly Layer[], src: string): Source[] | undefined {
  const tree = mergeLayers(layers).tree;
  const path = normalizePath(src);
  const entry = tree.get(path);
  if (entry?.type === 'file') return [{ rel: path.slice(1), content: entry.content, under: baseName(path) }];
  if (entry?.type !== 'dir' && path !== '/') return undefined;
  const prefix = path === '/' ? '/' : path + '/';
  const out: Source[] = [];
  for (const [p, e] of tree)
    if (e.type === 'file' && p.startsWith(prefix)) out.push({ rel: p.slice(1), content: e.content, under: p.slice(prefix.length) });
  return out.sort((a, b) => (a.rel < b.rel ? -1 : a.rel > b.rel ? 1 : 0));
}

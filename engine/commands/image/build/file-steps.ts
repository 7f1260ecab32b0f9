// The two steps that write files without running a program: COPY (from the build context) and
// WORKDIR (BuildKit makes the directory with a FileOp mkdir -p, dockerfile2llb dispatchWorkdir).
import { CowFs } from '../../../model/cow';
import type { LayerEntry } from '../../../model/entry';
import { normalizePath, parentOf } from '../../../model/entry';
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

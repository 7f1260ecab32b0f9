// `docker export` (docker/cli v29.7.2 cli/command/container/export.go; moby daemon/export.go): the
// container's filesystem as one tar, the writable layer merged over the image with its deletions
// applied, no layers, no history, no config. Mounted volumes are not part of it. Without -o the
// tar goes to stdout when that is a file or a pipe; on a terminal the CLI refuses.
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import type { Entry } from '../../model/entry';
import { normalizePath, parentOf } from '../../model/entry';
import { createLayerTar } from '../../model/tar';
import { isHostDir } from '../../shell/host-disk';
import type { CowFs } from '../../model/cow';

/** Every entry the container sees, parents before children (the merged view, symlinks as links). */
function flatten(fs: CowFs, dir = '/', out: Array<[string, Entry]> = []): Array<[string, Entry]> {
  for (const name of fs.list(dir)) {
    const path = dir === '/' ? `/${name}` : `${dir}/${name}`;
    const entry = fs.lstat(path);
    if (!entry) continue;
    out.push([path, entry]);
    if (entry.type === 'dir') flatten(fs, path, out);
  }
  return out;
}

export const containerExport: CommandSpec = {
  name: 'export',
  usage: '[OPTIONS] CONTAINER',
  description: "Export a container's filesystem as a tar archive",
  aliases: ['docker container export', 'docker export'],
  args: { min: 1, max: 1 },
  flags: [{ long: 'output', short: 'o', kind: 'string', description: 'Write to a file, instead of STDOUT' }],
  execute(args, ctx) {
    const output = args.string('output');
    const stdout = ctx.stdio?.stdout;
    if (!output && !stdout) throw new CliError(msg.saveToTerminal(), 1);
    const c = ctx.daemon.getContainer(args.positional[0]!);
    const path = output ? normalizePath(output, ctx.daemon.hostShell.cwd) : undefined;
    if (path && !isHostDir(ctx.daemon, parentOf(path))) throw new CliError(msg.saveNoDir(parentOf(path)), 1);
    // Mounted paths are skipped: a volume is neither in the image nor in the container.
    const mounts = (c.config.mounts ?? []).map((m) => m.destination);
    const entries = flatten(c.fs).filter(([p]) => !mounts.some((m) => p === m || p.startsWith(m + '/')));
    const tar = createLayerTar(entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    if (path) ctx.daemon.writeHostBytes(path, tar);
    else stdout!(tar);
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};

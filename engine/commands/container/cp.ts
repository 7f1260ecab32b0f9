import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { humanSize } from '../../format/size';
import type { Daemon } from '../../daemon/daemon';
import { normalizePath, parentOf } from '../../model/entry';
import { isHostDir } from '../../shell/host-disk';
import { cleanKeepingSuffix, placeCopy, splitCpArg, splitDirEntry } from './cp-paths';
import { contentBytes, extractTree, tarBytes } from '../../model/copy-tree';
import { hostTarget, readHostTree } from './cp-tree';

const fail = (text: string) => new CliError(text, 1);

/** The summary line, or nothing with -q. */
function summary(quiet: boolean, reported: number, transferred: number, dest: string): string {
  if (quiet) return '';
  return msg.cpSummary(humanSize(reported), reported === transferred ? null : humanSize(transferred), dest) + '\n';
}

function toContainer(state: Daemon, input: string, localArg: string, containerPath: string, quiet: boolean): string {
  // The client reads the local source before it talks to the daemon.
  const local = cleanKeepingSuffix(localArg, state.hostShell.cwd);
  const items = readHostTree(state, normalizePath(local));
  if (!items) throw fail(msg.cpLocalMissing(local));
  const destPath = containerPath.startsWith('/') ? containerPath : `/${containerPath}`;
  const existing = state.statContainerPath(input, destPath);
  const place = placeCopy(
    { isDir: items[0]!.kind === 'dir', base: splitDirEntry(local).base },
    { path: destPath, exists: !!existing, isDir: existing?.type === 'dir' },
  );
  if ('error' in place) throw fail(place.error);
  state.extractToContainer(input, place.dir, place.name, items);
  return summary(quiet, contentBytes(items), tarBytes(items), `${input}:${containerPath}`);
}

function fromContainer(state: Daemon, input: string, containerPath: string, localArg: string, quiet: boolean): string {
  state.getContainer(input);
  const local = cleanKeepingSuffix(localArg, state.hostShell.cwd);
  const parent = parentOf(normalizePath(local));
  if (!isHostDir(state, parent)) throw fail(msg.cpOutputDirMissing(parent));
  // The host disk holds no symlinks, so a linked source is copied as what it points to (as -L does).
  const items = state.archiveContainerPath(input, containerPath);
  const host = hostTarget(state);
  const kind = host.kindAt(normalizePath(local));
  const place = placeCopy(
    { isDir: items[0]!.kind === 'dir', base: splitDirEntry(cleanKeepingSuffix(containerPath, '/')).base },
    { path: local, exists: !!kind, isDir: kind === 'dir' },
  );
  if ('error' in place) throw fail(place.error);
  // The CLI writes the tree onto the host's disk itself: its refusal carries no daemon prefix.
  const refused = extractTree(host, items, place.dir, place.name);
  if (refused) throw fail(msg.cpOverwrite(refused.path, refused.dir, refused.directory));
  const tar = tarBytes(items);
  const reported = items[0]!.kind === 'file' ? contentBytes(items) : tar;
  return summary(quiet, reported, tar, local);
}

// CLI v29 cp.go: one side is CONTAINER:PATH, the other a path on the host (relative to its
// working directory); container paths are relative to "/". Works on stopped containers too: the
// writable layer is there until `rm`. The summary goes to stderr, as the CLI writes it. -L is
// what the kit always does for a linked source; -a has nothing to keep (no owners are modelled).
export const cp: CommandSpec = {
  name: 'cp',
  usage: '[OPTIONS] CONTAINER:SRC_PATH DEST_PATH|-\n\tdocker cp [OPTIONS] SRC_PATH|- CONTAINER:DEST_PATH',
  description: 'Copy files/folders between a container and the local filesystem',
  aliases: ['docker container cp', 'docker cp'],
  args: { min: 2, max: 2 },
  flags: [
    { long: 'archive', short: 'a', kind: 'bool', description: 'Archive mode (copy all uid/gid information)' },
    { long: 'follow-link', short: 'L', kind: 'bool', description: 'Always follow symlinks in SRC_PATH' },
    {
      long: 'quiet',
      short: 'q',
      kind: 'bool',
      description: 'Suppress progress output during copy. Progress output is automatically suppressed if no terminal is attached',
    },
  ],
  execute(args, ctx) {
    const [source, destination] = args.positional as [string, string];
    if (source === '') throw fail(msg.cpEmptySource);
    if (destination === '') throw fail(msg.cpEmptyDestination);
    const [fromName, fromPath] = splitCpArg(source);
    const [toName, toPath] = splitCpArg(destination);
    if (fromName && toName) throw fail(msg.cpAcrossContainers);
    if (!fromName && !toName) throw fail(msg.cpNoContainer);
    const localSide = fromName ? toPath : fromPath;
    if (localSide === '-') throw fail(msg.cpStream);
    const quiet = args.bool('quiet');
    const stderr = toName
      ? toContainer(ctx.daemon, toName, fromPath, toPath, quiet)
      : fromContainer(ctx.daemon, fromName, fromPath, toPath, quiet);
    return { stdout: '', stderr, exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DaemonError } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import { NAME_PATTERN } from '../../model/names';

// CLI v29 rename.go, then moby daemon/rename.go: the client refuses blanks, the daemon compares the
// canonical "/name" with the current one and reserves it (daemon/names.go) before renaming.
export const rename: CommandSpec = {
  name: 'rename',
  usage: 'CONTAINER NEW_NAME',
  description: 'Rename a container',
  aliases: ['docker container rename', 'docker rename'],
  args: { min: 2, max: 2 },
  flags: [],
  execute(args, ctx) {
    const [oldName, newName] = args.positional as [string, string];
    const fail = (reason: string) => new CliError(msg.renameFailed(reason), 1);
    if (newName === '') throw new CliError(msg.renameBlank, 1);
    if (oldName.trim() === '') throw fail(msg.emptyContainerRef);
    let c;
    try {
      c = ctx.daemon.getContainer(oldName.trim());
    } catch (e) {
      if (e instanceof DaemonError) throw fail(daemonText(e));
      throw e;
    }
    const canonical = newName.startsWith('/') ? newName : `/${newName}`;
    if (canonical === `/${c.name}`) throw fail(msg.renameSameName);
    const bare = canonical.slice(1);
    if (!NAME_PATTERN.test(bare)) throw fail(msg.renameAllocate(msg.invalidName(canonical)));
    const owner = ctx.daemon.names.get(bare);
    if (owner !== undefined) throw fail(msg.renameAllocate(msg.nameInUse(bare, owner)));
    ctx.daemon.renameContainer(c, bare);
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { ContainerNotRunning } from '../../errors/daemon-errors';
import { msg } from '../../errors/messages';
import { renderTable } from '../../format/table';
import { PS_EF_TITLES, processRows } from '../../runtime/process-table';

/** The options `ps` takes that print the -ef table; other ps options are not simulated (fidelity.md). */
const EF_OPTIONS = new Set(['-ef', '-fe', '-e -f', '-f -e']);

// CLI v29 top.go prints the daemon's answer through its own tabwriter (minwidth 20, padding 3);
// moby runs `ps -ef` (or the given ps options) on the host and keeps the container's PIDs.
export const top: CommandSpec = {
  name: 'top',
  usage: 'CONTAINER [ps OPTIONS]',
  description: 'Display the running processes of a container',
  aliases: ['docker container top', 'docker top'],
  args: { min: 1 },
  flags: [],
  interspersed: false,
  execute(args, ctx) {
    const [input, ...psArgs] = args.positional as [string, ...string[]];
    const c = ctx.daemon.getContainer(input);
    if (!c.running) throw new ContainerNotRunning(c.id);
    if (psArgs.length > 0 && !EF_OPTIONS.has(psArgs.join(' '))) throw new CliError(msg.topPsOptions(psArgs.join(' ')), 1);
    return { stdout: renderTable([[...PS_EF_TITLES], ...processRows(c, ctx.daemon.now())], 20), stderr: '', exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { stopProcess } from '../../runtime/process';
import { eachContainer } from './each';

export const rm: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Remove one or more containers',
  aliases: ['docker container rm', 'docker container remove', 'docker rm'],
  args: { min: 1 },
  flags: [
    { long: 'force', short: 'f', kind: 'bool', description: 'Force the removal of a running container (uses SIGKILL)' },
    { long: 'link', short: 'l', kind: 'bool', description: 'Remove the specified link' },
    // The kit has no volumes, so there are never anonymous ones for -v to remove.
    { long: 'volumes', short: 'v', kind: 'bool', description: 'Remove anonymous volumes associated with the container' },
  ],
  execute(args, ctx) {
    const force = args.bool('force');
    // With -f a missing container is not an error (cli rm.go ignores NotFound).
    return eachContainer(
      args.positional,
      ctx,
      (c) => {
        // -l removes a legacy link "/parent/alias"; the kit has no links, so what -l can reach is a
        // container's own name, its default link, which moby refuses to remove (daemon/delete.go rmLink).
        if (args.bool('link')) throw new CliError(msg.cannotRemoveLink(), 1);
        if (c.paused && !force) throw new CliError(msg.rmPaused(c.name), 1);
        if (c.running && !force) throw new CliError(msg.rmRunning(c.name), 1);
        stopProcess(ctx.state, c);
        ctx.state.removeContainer(c);
      },
      { ignoreMissing: force },
    );
  },
};

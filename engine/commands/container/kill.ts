import type { CommandSpec } from '../../cli/spec';
import { CannotKill, DaemonError } from '../../errors/daemon-errors';
import { eachContainer } from './each';

export const kill: CommandSpec = {
  name: 'kill',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Kill one or more running containers',
  aliases: ['docker container kill', 'docker kill'],
  args: { min: 1 },
  flags: [{ long: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' }],
  execute(args, ctx) {
    return eachContainer(args.positional, (input) => {
      try {
        ctx.daemon.kill(input, args.string('signal') ?? 'KILL');
      } catch (e) {
        // The API route wraps every refusal with the name as typed (container_routes.go postContainersKill).
        throw e instanceof DaemonError ? new CannotKill(input, e) : e;
      }
    });
  },
};

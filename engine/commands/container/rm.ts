import type { CommandSpec } from '../../cli/spec';
import { NoSuchContainer } from '../../errors/daemon-errors';
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
    { long: 'volumes', short: 'v', kind: 'bool', description: 'Remove anonymous volumes associated with the container' },
  ],
  execute(args, ctx) {
    const force = args.bool('force');
    const options = { force, link: args.bool('link'), volumes: args.bool('volumes') };
    // With -f a missing container is not an error (cli rm.go ignores NotFound).
    return eachContainer(args.positional, (input) => ctx.daemon.remove(input, options), {
      ignore: (e) => force && e instanceof NoSuchContainer,
    });
  },
};

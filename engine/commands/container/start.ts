import type { CommandSpec } from '../../cli/spec';
import { msg } from '../../errors/messages';
import { chunksOf, err, ordered } from '../../output';
import { eachContainer } from './each';
import { startAttached } from './start-attached';

export const start: CommandSpec = {
  name: 'start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Start one or more stopped containers',
  aliases: ['docker container start', 'docker start'],
  args: { min: 1 },
  flags: [
    { long: 'attach', short: 'a', kind: 'bool', description: 'Attach STDOUT/STDERR and forward signals' },
    { long: 'interactive', short: 'i', kind: 'bool', description: "Attach container's STDIN" },
  ],
  execute(args, ctx) {
    if (args.bool('attach') || args.bool('interactive')) return startAttached(args.positional, args.bool('interactive'), ctx);
    // Every failure counts, a missing container too (CLI startContainersWithoutAttachments); an
    // already running container is a success (the daemon answers 304).
    const failed: string[] = [];
    const result = eachContainer(args.positional, (input) => ctx.daemon.start(input), {
      onError: (input) => failed.push(input),
      errorsInPlace: true,
    });
    return failed.length ? ordered([...chunksOf(result), err(`${msg.startFailed(failed)}\n`)], result.exitCode) : result;
  },
};

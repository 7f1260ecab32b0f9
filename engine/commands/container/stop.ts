// `docker stop` (CLI v29 container/stop.go): flags, one daemon request per container, the names
// echoed and the failures after them. The state change is the daemon's (daemon.ts stop).
import type { CommandSpec, FlagSpec } from '../../cli/spec';
import { eachContainer } from './each';

/** stop and restart take the same two flags. */
export const stopFlags: FlagSpec[] = [
  { long: 'signal', short: 's', kind: 'string', description: 'Signal to send to the container' },
  { long: 'timeout', short: 't', kind: 'int', description: 'Seconds to wait before killing the container' },
];

export const stop: CommandSpec = {
  name: 'stop',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Stop one or more running containers',
  aliases: ['docker container stop', 'docker stop'],
  args: { min: 1 },
  flags: stopFlags,
  execute(args, ctx) {
    const options = { signal: args.string('signal'), timeout: args.int('timeout') };
    return eachContainer(args.positional, (input) => ctx.daemon.stop(input, options));
  },
};

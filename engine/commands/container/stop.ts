import type { CommandSpec } from '../../cli/spec';
import type { FlagSpec } from '../../cli/spec';
import { eachContainer } from './each';
import { stopSignalOf, stopWith } from './signals';

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
    // Stopping a stopped container is a no-op success (moby daemon/stop.go).
    return eachContainer(args.positional, ctx, (c) => {
      const signal = stopSignalOf(c, args.string('signal'));
      const wasRunning = c.running;
      stopWith(ctx.state, c, signal, args.int('timeout'));
      if (wasRunning && c.config.autoRemove) ctx.state.removeContainer(c);
    });
  },
};

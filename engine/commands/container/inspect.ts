import type { CommandSpec } from '../../cli/spec';
import { inspectFlags, runInspect } from '../inspect-run';

export const containerInspect: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Display detailed information on one or more containers',
  aliases: ['docker container inspect'],
  args: { min: 1 },
  flags: inspectFlags.filter((f) => f.long !== 'type'),
  execute: (args, ctx) => runInspect(args, ctx, 'container'),
};

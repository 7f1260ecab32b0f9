import type { CommandSpec } from '../../cli/spec';
import { inspectFlags, runInspect } from '../inspect-run';

export const inspect: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] NAME|ID [NAME|ID...]',
  description: 'Return low-level information on Docker objects',
  aliases: ['docker inspect'],
  args: { min: 1 },
  flags: inspectFlags,
  execute: (args, ctx) => runInspect(args, ctx, 'any'),
};

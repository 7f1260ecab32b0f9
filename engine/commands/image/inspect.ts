import type { CommandSpec } from '../../cli/spec';
import { inspectFlags, runInspect } from '../inspect-run';

export const imageInspect: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Display detailed information on one or more images',
  aliases: ['docker image inspect'],
  args: { min: 1 },
  flags: inspectFlags.filter((f) => f.long === 'format'),
  execute: (args, ctx) => runInspect(args, ctx, 'image'),
};

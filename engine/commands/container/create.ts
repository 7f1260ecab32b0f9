import type { CommandSpec } from '../../cli/spec';
import { ordered, out } from '../../output';
import { createContainer, createFlags } from './create-core';

export const create: CommandSpec = {
  name: 'create',
  usage: '[OPTIONS] IMAGE [COMMAND] [ARG...]',
  description: 'Create a new container',
  aliases: ['docker container create', 'docker create'],
  args: { min: 1 },
  interspersed: false,
  flags: createFlags.filter((f) => f.long !== 'detach'),
  execute(args, ctx) {
    const { container, prelude } = createContainer(args, ctx);
    return ordered([...prelude, out(`${container.id}\n`)], 0);
  },
};

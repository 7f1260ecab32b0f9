import type { CommandSpec } from '../../cli/spec';

export const diff: CommandSpec = {
  name: 'diff',
  usage: 'CONTAINER',
  description: "Inspect changes to files or directories on a container's filesystem",
  aliases: ['docker container diff', 'docker diff'],
  args: { min: 1, max: 1 },
  flags: [],
  execute(args, ctx) {
    const c = ctx.daemon.getContainer(args.positional[0]!);
    return {
      stdout: c.fs
        .changes()
        .map((ch) => `${ch.kind} ${ch.path}\n`)
        .join(''),
      stderr: '',
      exitCode: 0,
    };
  },
};

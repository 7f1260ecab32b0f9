import type { CommandSpec } from '../../cli/spec';
import { fullString, parseReference } from '../../model/reference';
import { applyChanges } from './commit-changes';

export const commit: CommandSpec = {
  name: 'commit',
  usage: '[OPTIONS] CONTAINER [REPOSITORY[:TAG]]',
  description: "Create a new image from a container's changes",
  aliases: ['docker container commit', 'docker commit'],
  args: { min: 1, max: 2 },
  flags: [
    { long: 'author', short: 'a', kind: 'string', description: 'Author (e.g., "John Hannibal Smith <hannibal@a-team.com>")' },
    { long: 'change', short: 'c', kind: 'list', description: 'Apply Dockerfile instruction to the created image' },
    { long: 'message', short: 'm', kind: 'string', description: 'Commit message' },
    { long: 'pause', short: 'p', kind: 'bool', description: 'Pause container during commit', default: 'true' },
  ],
  execute(args, ctx) {
    const [input, target] = args.positional as [string, string?];
    const c = ctx.daemon.getContainer(input);
    const tag = target ? fullString(parseReference(target)) : undefined;
    const config = applyChanges(
      {
        ...c.image.config.config,
        Env: c.config.env,
        Cmd: [...c.config.cmd],
        Entrypoint: c.config.entrypoint,
        WorkingDir: c.config.workingDir || undefined,
      },
      args.list('change'),
    );
    const author = args.string('author');
    const message = args.string('message');
    // --pause has nothing to show: the simulated process writes nothing while commit runs.
    const image = ctx.daemon.commitContainer(input, {
      config,
      ...(author ? { author } : {}),
      ...(message ? { message } : {}),
      ...(tag ? { tag } : {}),
    });
    return { stdout: `${image.id}\n`, stderr: '', exitCode: 0 };
  },
};

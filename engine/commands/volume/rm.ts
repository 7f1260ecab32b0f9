// `docker volume rm` (docker/cli v29.7.2 cli/command/volume/remove.go): each removed name on
// stdout, then the refusals (errors.Join); -f ignores a missing volume (moby's force).
import type { CommandSpec } from '../../cli/spec';
import { NoSuchVolume } from '../../errors/daemon-errors';
import { eachContainer } from '../container/each';

export const volumeRm: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  description: 'Remove one or more volumes',
  aliases: ['docker volume rm', 'docker volume remove'],
  args: { min: 1 },
  flags: [{ long: 'force', short: 'f', kind: 'bool', description: 'Force the removal of one or more volumes' }],
  execute(args, ctx) {
    const force = args.bool('force');
    return eachContainer(
      args.positional,
      (name) => ctx.daemon.removeVolume(name),
      force ? { ignore: (e) => e instanceof NoSuchVolume } : {},
    );
  },
};

import type { CommandSpec } from '../../cli/spec';
import { DaemonError, NoSuchImage } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { lines } from '../../format/text';

export const rmi: CommandSpec = {
  name: 'rm',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Remove one or more images',
  aliases: ['docker image rm', 'docker image remove', 'docker rmi'],
  args: { min: 1 },
  flags: [
    { long: 'force', short: 'f', kind: 'bool', description: 'Force removal of the image' },
    { long: 'no-prune', kind: 'bool', description: 'Do not delete untagged parents' },
  ],
  execute(args, ctx) {
    // CLI image/remove.go: what each removal did, then every failure.
    const out: string[] = [];
    const errors: string[] = [];
    let fatal = false;
    for (const input of args.positional) {
      try {
        for (const event of ctx.daemon.deleteImage(input, { force: args.bool('force'), prune: !args.bool('no-prune') })) {
          out.push('untagged' in event ? `Untagged: ${event.untagged}` : `Deleted: ${event.deleted}`);
        }
      } catch (e) {
        if (!(e instanceof DaemonError)) throw e;
        if (!(e instanceof NoSuchImage)) fatal = true;
        errors.push(daemonText(e));
      }
    }
    // With -f, images that do not exist are reported but are not a failure (errdefs.IsNotFound).
    const failed = errors.length > 0 && (!args.bool('force') || fatal);
    return { stdout: lines(...out), stderr: lines(...errors), exitCode: failed ? 1 : 0 };
  },
};

import { CliError } from '../../errors/cli-error';
import { lines } from '../../format/text';
import { fullString, parseReference } from '../../model/reference';
import type { CommandSpec } from '../../cli/spec';
import { pullReference } from './pull-core';

export const pull: CommandSpec = {
  name: 'pull',
  usage: '[OPTIONS] NAME[:TAG|@DIGEST]',
  description: 'Download an image from a registry',
  aliases: ['docker image pull', 'docker pull'],
  args: { min: 1, max: 1 },
  flags: [
    { long: 'all-tags', short: 'a', kind: 'bool', description: 'Download all tagged images in the repository' },
    { long: 'disable-content-trust', kind: 'bool', description: 'Skip image verification', default: 'true' },
    { long: 'platform', kind: 'string', description: 'Set platform if server is multi-platform capable' },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress verbose output' },
  ],
  execute(args, ctx) {
    const ref = parseReference(args.positional[0]!);
    const quiet = args.bool('quiet');
    const head = ref.defaultedTag && !quiet ? ['Using default tag: latest'] : [];
    try {
      const { lines: progress } = pullReference(ctx.state, ref);
      return { stdout: lines(...head, ...(quiet ? [] : progress), fullString(ref)), stderr: '', exitCode: 0 };
    } catch (e) {
      // "Using default tag" was already on stdout when the daemon answered with an error.
      if (e instanceof CliError) throw new CliError(e.text, e.exitCode, lines(...head));
      throw e;
    }
  },
};

import type { CommandSpec } from '../../cli/spec';
import { fullString, parseReference } from '../../model/reference';

export const tag: CommandSpec = {
  name: 'tag',
  usage: 'SOURCE_IMAGE[:TAG] TARGET_IMAGE[:TAG]',
  description: 'Create a tag TARGET_IMAGE that refers to SOURCE_IMAGE',
  aliases: ['docker image tag', 'docker tag'],
  args: { min: 2, max: 2 },
  flags: [],
  execute(args, ctx) {
    const [source, target] = args.positional as [string, string];
    const targetRef = parseReference(target);
    const image = ctx.daemon.getImage(source);
    ctx.daemon.setTag(fullString(targetRef), image.id);
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { createImage } from '../../model/image';
import { createGrownLayer } from '../../model/layer';
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
    if (c.dead) throw new CliError(msg.commitDead(c.id), 1);
    const ref = target ? parseReference(target) : undefined;
    const base = c.image;
    const changeset = c.fs.changeset();
    // Installed packages' real sizes travel into the layer, as a build step's do (build/step.ts).
    const layer = createGrownLayer(changeset, c.fs.installedBytes());
    const empty = changeset.size === 0;
    const created = new Date(ctx.daemon.now()).toISOString();
    const config = applyChanges({ ...base.config.config, Env: c.config.env, Cmd: [...c.config.cmd], Entrypoint: c.config.entrypoint, WorkingDir: c.config.workingDir || undefined }, args.list('change'));
    const author = args.string('author');
    // --pause has nothing to show: the simulated process writes nothing while commit runs.
    const image = createImage({
      created,
      ...(author ? { author } : {}),
      parentId: base.id,
      config,
      layers: empty ? base.layers : [...base.layers, layer],
      // created_by is the container's Cmd alone, without the entrypoint (moby image_commit.go).
      history: [
        ...base.config.history,
        { created, ...(author ? { author } : {}), created_by: c.config.cmd.join(' '), ...(args.string('message') ? { comment: args.string('message') } : {}), ...(empty ? { empty_layer: true } : {}) },
      ],
    });
    // The committed image runs what the container ran: the base's behaviour carries over.
    ctx.daemon.addImage(image, ctx.daemon.runtimeOf(base.id));
    if (ref) ctx.daemon.setTag(fullString(ref), image.id);
    return { stdout: `${image.id}\n`, stderr: '', exitCode: 0 };
  },
};

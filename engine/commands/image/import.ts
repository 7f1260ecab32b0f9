// `docker import` (docker/cli v29.7.2 cli/command/image/import.go: a local file goes to the daemon
// as source "-"; moby daemon/server/router/image/image_routes.go: comment "Imported from -"): one
// layer from the tar, no Cmd, no Env, one history entry; prints the new image's ID.
import type { CommandSpec } from '../../cli/spec';
import { HOST_CWD } from '../../daemon/daemon';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { normalizePath } from '../../model/entry';
import { hostTextToBytes } from '../../model/host-bytes';
import { createImage } from '../../model/image';
import { createLayer } from '../../model/layer';
import { fullString, parseReference } from '../../model/reference';
import { layerEntriesOf, TarError } from '../../model/tar-read';

export const imageImport: CommandSpec = {
  name: 'import',
  usage: '[OPTIONS] file|URL|- [REPOSITORY[:TAG]]',
  description: 'Import the contents from a tarball to create a filesystem image',
  aliases: ['docker image import', 'docker import'],
  args: { min: 1, max: 2 },
  flags: [{ long: 'message', short: 'm', kind: 'string', description: 'Set commit message for imported image' }],
  execute(args, ctx) {
    const [source, repo] = args.positional as [string, string?];
    const ref = repo ? parseReference(repo) : undefined;
    const text = ctx.daemon.hostFiles.get(normalizePath(source, HOST_CWD));
    if (text === undefined) throw new CliError(msg.openNoFile(source), 1);
    let entries;
    try {
      entries = layerEntriesOf(hostTextToBytes(text));
    } catch (e) {
      if (e instanceof TarError) throw new CliError(msg.loadUnexpectedEof(), 1);
      throw e;
    }
    const created = new Date(ctx.daemon.now()).toISOString().replace(/\.000Z$/, 'Z');
    const message = args.string('message');
    const image = createImage({
      created,
      config: {},
      layers: [createLayer(entries)],
      history: [{ created, created_by: '', comment: message || 'Imported from -' }],
    });
    ctx.daemon.addImage(image);
    if (ref) ctx.daemon.setTag(fullString(ref), image.id);
    return { stdout: `${image.id}\n`, stderr: '', exitCode: 0 };
  },
};

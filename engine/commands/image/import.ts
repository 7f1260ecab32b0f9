// `docker import` (docker/cli v29.7.2 cli/command/image/import.go: a local file goes to the daemon
// as source "-"; moby daemon/server/router/image/image_routes.go: comment "Imported from -"): one
// layer from the tar, no Cmd, no Env, one history entry; prints the new image's ID. `-` reads stdin
// (a file or a pipe: `docker import - < c1.tar`; a terminal gives nothing here, as Ctrl-D would).
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { normalizePath } from '../../model/entry';
import { hostContentBytes } from '../../model/host-bytes';
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
    const file =
      source === '-' ? (ctx.stdio?.stdin ?? new Uint8Array()) : ctx.daemon.hostFile(normalizePath(source, ctx.daemon.hostShell.cwd));
    if (file === undefined) throw new CliError(msg.openNoFile(source), 1);
    let entries;
    try {
      entries = layerEntriesOf(hostContentBytes(file));
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

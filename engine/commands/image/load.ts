// `docker load` (docker/cli v29.7.2 cli/command/image/load.go; the lines come from moby
// daemon/containerd/image_exporter.go LoadImage): reads an archive from the host's disk with -i,
// or from stdin when that is a file or a pipe (`docker load < x.tar`, `cat x.tar | docker load`).
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { lines } from '../../format/text';
import { normalizePath } from '../../model/entry';
import { hostContentBytes } from '../../model/host-bytes';
import { ArchiveError, type ArchiveProblem } from '../../model/oci-archive';
import { checkPlatform } from './platform';

function archiveText(e: ArchiveError): string {
  const words: Record<ArchiveProblem, () => string> = {
    'unexpected-eof': msg.loadUnexpectedEof,
    'invalid-header': msg.loadInvalidHeader,
    unrecognized: msg.loadUnrecognized,
    'digest-mismatch': () => msg.loadDigestMismatch(e.detail),
    'missing-blob': () => msg.loadMissingBlob(e.detail),
    'not-simulated': msg.loadNotSimulated,
  };
  return words[e.problem]();
}

export const load: CommandSpec = {
  name: 'load',
  usage: '[OPTIONS]',
  description: 'Load an image from a tar archive or STDIN',
  aliases: ['docker image load', 'docker load'],
  args: { max: 0 },
  flags: [
    { long: 'input', short: 'i', kind: 'string', description: 'Read from tar archive file, instead of STDIN' },
    {
      long: 'platform',
      kind: 'list',
      valueName: 'strings',
      description:
        'Load only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8").',
    },
    { long: 'quiet', short: 'q', kind: 'bool', description: 'Suppress the load output' },
  ],
  execute(args, ctx) {
    for (const p of args.list('platform').flatMap((v) => v.split(','))) checkPlatform(p);
    const input = args.string('input');
    const stdin = ctx.stdio?.stdin;
    if (!input && stdin === undefined) throw new CliError(msg.loadFromTerminal(), 1);
    const file = input ? ctx.daemon.hostFile(normalizePath(input, ctx.daemon.hostShell.cwd)) : undefined;
    if (input && file === undefined) throw new CliError(msg.openNoFile(input), 1);
    try {
      const loaded = ctx.daemon.loadImages(file === undefined ? stdin! : hostContentBytes(file));
      // --quiet drops the progress, not the "Loaded image" lines (jsonmessage stream.Status).
      return { stdout: lines(...loaded), stderr: '', exitCode: 0 };
    } catch (e) {
      if (e instanceof ArchiveError) throw new CliError(archiveText(e), 1);
      throw e;
    }
  },
};

// `docker save` (docker/cli v29.7.2 cli/command/image/save.go): the daemon's archive of the named
// images, written to the host's disk with -o, or to stdout when it is a file or a pipe (`docker save
// nginx > nginx.tar`, `| docker load`); on a terminal the CLI refuses before asking the daemon.
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { normalizePath, parentOf } from '../../model/entry';
import { isHostDir } from '../../shell/host-disk';
import { checkPlatform } from './platform';

export const save: CommandSpec = {
  name: 'save',
  usage: '[OPTIONS] IMAGE [IMAGE...]',
  description: 'Save one or more images to a tar archive (streamed to STDOUT by default)',
  aliases: ['docker image save', 'docker save'],
  args: { min: 1 },
  flags: [
    { long: 'output', short: 'o', kind: 'string', description: 'Write to a file, instead of STDOUT' },
    {
      long: 'platform',
      kind: 'list',
      valueName: 'strings',
      description:
        'Save only the given platform(s). Formatted as a comma-separated list of "os[/arch[/variant]]" (e.g., "linux/amd64,linux/arm64/v8")',
    },
  ],
  execute(args, ctx) {
    for (const p of args.list('platform').flatMap((v) => v.split(','))) checkPlatform(p);
    const output = args.string('output');
    if (!output) {
      const stdout = ctx.stdio?.stdout;
      if (!stdout) throw new CliError(msg.saveToTerminal(), 1);
      stdout(ctx.daemon.saveImages(args.positional));
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    const path = normalizePath(output, ctx.daemon.hostShell.cwd);
    if (isHostDir(ctx.daemon, path)) throw new CliError(msg.saveToDir(), 1);
    if (!isHostDir(ctx.daemon, parentOf(path))) throw new CliError(msg.saveNoDir(parentOf(path)), 1);
    ctx.daemon.writeHostBytes(path, ctx.daemon.saveImages(args.positional));
    return { stdout: '', stderr: '', exitCode: 0 };
  },
};

// `docker volume create` (docker/cli v29.7.2 cli/command/volume/create.go): prints the name; no
// name gives a 64-hex one (moby daemon/volume/service/service.go Create, stringid.GenerateRandomID).
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';

/** --label / --opt values: "k=v" (or "k", an empty value), as opts.ListOpts + ConvertKVStringsToMap. */
export function keyValues(values: readonly string[]): Record<string, string> {
  return Object.fromEntries(values.map((v) => (v.includes('=') ? [v.slice(0, v.indexOf('=')), v.slice(v.indexOf('=') + 1)] : [v, ''])));
}

export const volumeCreate: CommandSpec = {
  name: 'create',
  usage: '[OPTIONS] [VOLUME]',
  description: 'Create a volume',
  aliases: ['docker volume create'],
  args: { max: 1 },
  flags: [
    { long: 'driver', short: 'd', kind: 'string', description: 'Specify volume driver name', default: '"local"' },
    { long: 'label', kind: 'list', description: 'Set metadata for a volume' },
    { long: 'name', kind: 'string', description: 'Specify volume name', hidden: true },
    { long: 'opt', short: 'o', kind: 'list', valueName: 'map', description: 'Set driver specific options', default: 'map[]' },
  ],
  execute(args, ctx) {
    const positional = args.positional[0];
    const flagName = args.string('name');
    if (positional !== undefined && flagName !== undefined && positional !== flagName) throw new CliError(msg.volumeNameConflict(), 1);
    const volume = ctx.daemon.createVolume({
      name: positional ?? flagName,
      labels: keyValues(args.list('label')),
      options: keyValues(args.list('opt')),
    });
    return { stdout: `${volume.name}\n`, stderr: '', exitCode: 0 };
  },
};

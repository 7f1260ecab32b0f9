// `docker volume ls` (docker/cli v29.7.2 cli/command/volume/list.go, formatter/volume.go): the
// table "DRIVER  VOLUME NAME", names in natural order; -q the names alone.
import type { CommandSpec } from '../../cli/spec';
import { naturalCompare } from '../../format/natural-order';
import { renderTable } from '../../format/table';

export const volumeLs: CommandSpec = {
  name: 'ls',
  usage: '[OPTIONS]',
  description: 'List volumes',
  aliases: ['docker volume ls', 'docker volume list'],
  args: { max: 0 },
  flags: [{ long: 'quiet', short: 'q', kind: 'bool', description: 'Only display volume names' }],
  execute(args, ctx) {
    const volumes = [...ctx.daemon.volumes.values()].sort((a, b) => naturalCompare(a.name, b.name));
    if (args.bool('quiet')) return { stdout: volumes.map((v) => `${v.name}\n`).join(''), stderr: '', exitCode: 0 };
    return { stdout: renderTable([['DRIVER', 'VOLUME NAME'], ...volumes.map((v) => ['local', v.name])]), stderr: '', exitCode: 0 };
  },
};

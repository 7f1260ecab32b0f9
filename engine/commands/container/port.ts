import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { msg } from '../../errors/messages';
import { naturalCompare } from '../../format/natural-order';
import { joinHostPort } from '../../format/text';
import { portMaps } from '../inspect-docs';

// CLI v29 port.go: reads NetworkSettings.Ports from inspect, so a stopped container has none; one
// PRIVATE_PORT without a protocol means tcp; lines are sorted in natural order.
export const port: CommandSpec = {
  name: 'port',
  usage: 'CONTAINER [PRIVATE_PORT[/PROTO]]',
  description: 'List port mappings or a specific mapping for the container',
  aliases: ['docker container port', 'docker port'],
  args: { min: 1, max: 2 },
  flags: [],
  execute(args, ctx) {
    const [input, wanted] = args.positional as [string, string | undefined];
    const c = ctx.daemon.getContainer(input);
    const { bound } = portMaps(c);
    const lines: string[] = [];
    if (wanted !== undefined) {
      const slash = wanted.indexOf('/');
      const number = slash < 0 ? wanted : wanted.slice(0, slash);
      const proto = (slash < 0 ? '' : wanted.slice(slash + 1)).toLowerCase() || 'tcp';
      if (wanted === '') throw new CliError(msg.portEmpty(), 1);
      if (number === '') throw new CliError(msg.portInvalid(number, 'value is empty'), 1);
      if (!/^[0-9]+$/.test(number)) throw new CliError(msg.portInvalid(number, 'invalid syntax'), 1);
      if (Number(number) > 65535) throw new CliError(msg.portInvalid(number, 'value out of range'), 1);
      const frontends = bound[`${number}/${proto}`];
      if (!frontends || frontends.length === 0) throw new CliError(msg.portNotPublished(wanted, input), 1);
      for (const f of frontends) lines.push(joinHostPort(f.HostIp, f.HostPort));
    } else {
      for (const [from, frontends] of Object.entries(bound)) {
        for (const f of frontends ?? []) lines.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
      }
    }
    lines.sort(naturalCompare);
    return { stdout: lines.map((l) => l + '\n').join(''), stderr: '', exitCode: 0 };
  },
};

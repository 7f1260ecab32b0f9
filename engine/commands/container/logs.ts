import type { CommandSpec } from '../../cli/spec';
import { rfc3339NanoFixed } from '../../format/duration';
import { renderLogTime } from '../../registry/catalog';
import { parseSince } from './log-since';

export const logs: CommandSpec = {
  name: 'logs',
  usage: '[OPTIONS] CONTAINER',
  description: 'Fetch the logs of a container',
  aliases: ['docker container logs', 'docker logs'],
  args: { min: 1, max: 1 },
  flags: [
    { long: 'details', kind: 'bool', description: 'Show extra details provided to logs' },
    { long: 'follow', short: 'f', kind: 'bool', description: 'Follow log output' },
    {
      long: 'since',
      kind: 'string',
      description: 'Show logs since timestamp (e.g. "2013-01-02T13:23:37Z") or relative (e.g. "42m" for 42 minutes)',
    },
    { long: 'tail', short: 'n', kind: 'string', description: 'Number of lines to show from the end of the logs', default: 'all' },
    { long: 'timestamps', short: 't', kind: 'bool', description: 'Show timestamps' },
  ],
  execute(args, ctx) {
    const c = ctx.daemon.getContainer(args.positional[0]!);
    const sinceFlag = args.string('since');
    const since = sinceFlag ? parseSince(sinceFlag, ctx.daemon.now()) : -Infinity;
    // --follow would stream until Ctrl+C; the simulated host has no future output, so it returns.
    // --details prefixes each line with the log attributes (none here) and a space, as moby does;
    // --timestamps goes in front of that (daemon/logs.go).
    let out = c.logs
      .filter((chunk) => chunk.at >= since)
      .flatMap((chunk) =>
        chunk.lines.map(
          (line) =>
            (args.bool('timestamps') ? `${rfc3339NanoFixed(chunk.at)} ` : '') +
            (args.bool('details') ? ' ' : '') +
            renderLogTime(line, chunk.at),
        ),
      );
    const tail = args.string('tail');
    if (tail !== undefined && tail !== 'all' && /^\d+$/.test(tail)) out = Number(tail) === 0 ? [] : out.slice(-Number(tail));
    return { stdout: out.map((l) => l + '\n').join(''), stderr: '', exitCode: 0 };
  },
};

// `docker volume inspect` (docker/cli v29.7.2 cli/command/volume/inspect.go): a JSON array of the
// volumes found, then the misses' errors; -f a template per volume.
import type { CommandSpec } from '../../cli/spec';
import { DaemonError } from '../../errors/daemon-errors';
import { daemonText } from '../../errors/daemon-words';
import { inspectJson } from '../inspect-docs';
import { formatDocs } from '../inspect-run';
import { volumeDoc } from './doc';

export const volumeInspect: CommandSpec = {
  name: 'inspect',
  usage: '[OPTIONS] VOLUME [VOLUME...]',
  description: 'Display detailed information on one or more volumes',
  aliases: ['docker volume inspect'],
  args: { min: 1 },
  flags: [{ long: 'format', short: 'f', kind: 'string', description: 'Format output using a custom template' }],
  execute(args, ctx) {
    const docs: Record<string, unknown>[] = [];
    const errors: string[] = [];
    for (const name of args.positional) {
      try {
        docs.push(volumeDoc(ctx.daemon.getVolume(name)));
      } catch (e) {
        if (!(e instanceof DaemonError)) throw e;
        errors.push(daemonText(e));
      }
    }
    const format = args.string('format');
    const formatted = format ? formatDocs(format, docs) : { stdout: inspectJson(docs), errors: [] };
    const stdout = formatted.stdout;
    errors.push(...formatted.errors);
    return { stdout, stderr: errors.map((e) => e + '\n').join(''), exitCode: errors.length ? 1 : 0 };
  },
};

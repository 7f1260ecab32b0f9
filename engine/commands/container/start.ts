import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DAEMON, msg } from '../../errors/messages';
import { startProcess } from '../../runtime/process';
import { chunksOf, err, ordered } from '../../output';
import { eachContainer } from './each';
import { startAttached } from './start-attached';

export const start: CommandSpec = {
  name: 'start',
  usage: '[OPTIONS] CONTAINER [CONTAINER...]',
  description: 'Start one or more stopped containers',
  aliases: ['docker container start', 'docker start'],
  args: { min: 1 },
  flags: [
    { long: 'attach', short: 'a', kind: 'bool', description: "Attach STDOUT/STDERR and forward signals" },
    { long: 'interactive', short: 'i', kind: 'bool', description: "Attach container's STDIN" },
  ],
  execute(args, ctx) {
    if (args.bool('attach') || args.bool('interactive')) return startAttached(args.positional, args.bool('interactive'), ctx);
    const failed: string[] = [];
    const result = eachContainer(args.positional, ctx, (c) => {
      if (c.paused) throw new CliError(msg.startPaused(), 1);
      if (c.running) return; // already running: the daemon answers 304 and the CLI reports success
      try {
        startProcess(ctx.state, c);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        throw new CliError(e.text.startsWith(DAEMON) ? e.text : DAEMON + e.text, 1);
      }
      if (!c.running && c.config.autoRemove) ctx.state.removeContainer(c);
      // Every failure counts, a missing container too (CLI startContainersWithoutAttachments).
    }, { onError: (input) => failed.push(input), errorsInPlace: true });
    return failed.length ? ordered([...chunksOf(result), err(`${msg.startFailed(failed)}\n`)], result.exitCode) : result;
  },
};

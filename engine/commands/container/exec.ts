// `docker exec` (CLI v29 container/exec.go): one request to run a process beside the main one;
// `-it` with a shell enters it. The daemon resolves the user and checks the program (runc's
// start failure is printed as the runtime words it, without the daemon's prefix).
import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { ProcessNotStartable } from '../../errors/daemon-errors';
import { lookPathText } from '../../errors/daemon-words';
import { msg } from '../../errors/messages';
import { utf8Text } from '../../model/host-bytes';

const SHELLS = new Set(['sh', 'bash', 'ash']);

export const exec: CommandSpec = {
  name: 'exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  description: 'Execute a command in a running container',
  aliases: ['docker container exec', 'docker exec'],
  common: 2,
  args: { min: 2 },
  interspersed: false,
  flags: [
    { long: 'detach', short: 'd', kind: 'bool', description: 'Detached mode: run command in the background' },
    { long: 'env', short: 'e', kind: 'list', description: 'Set environment variables' },
    { long: 'interactive', short: 'i', kind: 'bool', description: 'Keep STDIN open even if not attached' },
    { long: 'tty', short: 't', kind: 'bool', description: 'Allocate a pseudo-TTY' },
    { long: 'user', short: 'u', kind: 'string', description: 'Username or UID (format: "<name|uid>[:<group|gid>]")' },
    { long: 'workdir', short: 'w', kind: 'string', description: 'Working directory inside the container' },
  ],
  execute(args, ctx) {
    const [input, ...argv] = args.positional as [string, ...string[]];
    // -e NAME without a value takes it from the client's environment; the host shell has none.
    const proc = { env: args.list('env').filter((e) => e.includes('=')), user: args.string('user'), workdir: args.string('workdir') };
    const program = argv[0]!.slice(argv[0]!.lastIndexOf('/') + 1);
    if (!args.bool('detach') && args.bool('interactive') && args.bool('tty') && ctx.stdio?.stdin !== undefined) {
      // After the "no such container" check, before the exec is created (cli/command/container/exec.go).
      ctx.daemon.getContainer(input);
      throw new CliError(msg.stdinNotTerminal(), 1);
    }
    if (SHELLS.has(program) && argv.length === 1 && args.bool('interactive') && ctx.stdio?.stdin !== undefined) {
      // The shell reads its script from the pipe: the same as handing it over with -c.
      return ctx.daemon.execIn(input, [argv[0]!, '-c', utf8Text(ctx.stdio.stdin)], proc);
    }
    if (SHELLS.has(program) && argv.length === 1 && args.bool('interactive')) {
      // Without a TTY the shell reads the client's stdin, which the kit's terminal does not stream.
      if (!args.bool('tty')) {
        ctx.daemon.execTarget(input);
        return { stdout: '', stderr: '', exitCode: 0 };
      }
      ctx.daemon.execShell(input, program, proc);
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    try {
      const result = ctx.daemon.execIn(input, argv, proc);
      return args.bool('detach') ? { stdout: '', stderr: '', exitCode: 0 } : result;
    } catch (e) {
      if (e instanceof ProcessNotStartable) throw new CliError(msg.execStartFailed(lookPathText(e.command, e.problem)), e.exitCode);
      throw e;
    }
  },
};

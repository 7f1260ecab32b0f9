import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { ProcessNotStartable } from '../../errors/daemon-errors';
import { lookPathText } from '../../errors/daemon-words';
import { DAEMON, msg } from '../../errors/messages';
import { resolveUser, setSession, UnknownUserError, type Identity } from '../../shell/identity';

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
    const c = ctx.daemon.execTarget(input);
    let who: Identity;
    try {
      who = resolveUser(c, args.string('user'));
    } catch (e) {
      if (e instanceof UnknownUserError) throw new CliError(DAEMON + e.message, 1);
      throw e;
    }
    // -e NAME without a value takes it from the client's environment; the host shell has none.
    const env = args.list('env').filter((e) => e.includes('='));
    const program = argv[0]!.slice(argv[0]!.lastIndexOf('/') + 1);
    if (SHELLS.has(program) && argv.length === 1 && args.bool('interactive')) {
      if (!args.bool('tty')) return { stdout: '', stderr: '', exitCode: 0 };
      setSession(c, { who, env });
      ctx.daemon.attach({ id: c.id, main: false, shell: program });
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    let result;
    try {
      result = ctx.daemon.exec(c, argv, { who, env, workdir: args.string('workdir') });
    } catch (e) {
      // exec's start failure is the runtime's own text, without the daemon's prefix.
      if (e instanceof ProcessNotStartable) throw new CliError(msg.execStartFailed(lookPathText(e.command, e.problem)), e.exitCode);
      throw e;
    }
    return args.bool('detach') ? { stdout: '', stderr: '', exitCode: 0 } : result;
  },
};

import type { CommandSpec } from '../../cli/spec';
import { CliError } from '../../errors/cli-error';
import { DAEMON, msg } from '../../errors/messages';
import { resolveUser, setSession, UnknownUserError, type Identity } from '../../shell/identity';
import { lookPath } from '../../runtime/look-path';
import { runArgv } from '../../shell/programs';

const SHELLS = new Set(['sh', 'bash', 'ash']);

export const exec: CommandSpec = {
  name: 'exec',
  usage: '[OPTIONS] CONTAINER COMMAND [ARG...]',
  description: 'Execute a command in a running container',
  aliases: ['docker container exec', 'docker exec'],
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
    const c = ctx.state.getContainer(input);
    if (c.paused) throw new CliError(msg.execPaused(input), 1);
    if (!c.running) throw new CliError(msg.notRunning(c.id), 1);
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
      ctx.state.attached = { id: c.id, main: false, shell: program };
      ctx.state.touch();
      return { stdout: '', stderr: '', exitCode: 0 };
    }
    const before = c.fs.changes().length;
    const failure = lookPath(c, argv[0]!, args.string('workdir') || c.config.workingDir || '/');
    if (failure) throw new CliError(msg.execStartFailed(failure.reason), failure.exitCode);
    const result = runArgv(c, argv, args.string('workdir'), { who, env, now: ctx.state.now() });
    if (c.fs.changes().length !== before || result.exitCode === 0) ctx.state.touch();
    return args.bool('detach') ? { stdout: '', stderr: '', exitCode: 0 } : result;
  },
};

// `docker …`: resolves the command path (top-level shortcut or management group), parses flags,
// checks arguments, prints --help, and turns a CliError into the streams and exit code.
import { CliError } from '../errors/cli-error';
import { DaemonError } from '../errors/daemon-errors';
import { daemonText } from '../errors/daemon-words';
import { msg } from '../errors/messages';
import type { Daemon } from '../daemon/daemon';
import { err, ordered, terminated } from '../output';
import type { ExecResult } from '../types';
import { checkArgCount, parseArgs } from './flags';
import { renderHelp } from './help';
import { GROUPS, TOP_LEVEL, rootHelp, groupHelp, DOCKER_VERSION_LINE } from './registry';
import { NOT_SIMULATED, NOT_SIMULATED_SUBCOMMANDS } from './not-simulated';
import type { Stdio } from './context';
import type { CommandSpec } from './spec';

export function fail(e: CliError): ExecResult {
  return terminated(ordered([...e.before, err(e.text)], e.exitCode));
}

const printed = (stdout: string): ExecResult => ordered([{ stream: 'stdout', text: stdout }], 0);

export function dispatchDocker(state: Daemon, words: string[], stdio: Stdio = {}): ExecResult {
  try {
    const first = words[0];
    // `docker` alone shows the help on stderr and succeeds (cmd/docker/docker.go RunE: command.ShowHelp(dockerCli.Err())).
    if (first === undefined) return ordered([err(rootHelp())], 0);
    if (first === '--help' || first === '-h' || first === 'help') return printed(rootHelp());
    if (first === '--version' || first === '-v') return printed(DOCKER_VERSION_LINE + '\n');
    if (first.startsWith('-')) throw new CliError(msg.unknownFlag(first.split('=')[0]!, 'docker [OPTIONS] COMMAND', 'docker'), 125);
    const group = GROUPS[first];
    if (group) {
      const sub = words[1];
      // A management command alone shows its help on stderr, as `docker` alone does (cli/command/container/cmd.go RunE: command.ShowHelp).
      if (sub === undefined) return ordered([err(groupHelp(first))], 0);
      if (sub === '--help' || sub === '-h') return printed(groupHelp(first));
      const spec = group.commands[sub];
      const missing = NOT_SIMULATED_SUBCOMMANDS[first]?.[sub];
      if (!spec && missing) throw new CliError(msg.notSimulated(`docker ${first} ${sub}`, missing.instead), 1);
      if (!spec) throw new CliError(msg.unknownSubcommand(`docker ${first} ${sub}`, `docker ${first} COMMAND`, `docker ${first}`), 1);
      return runSpec(state, spec, `docker ${first} ${spec.name}`, words.slice(2), stdio);
    }
    const spec = TOP_LEVEL[first];
    const missing = NOT_SIMULATED[first];
    if (!spec && missing) throw new CliError(msg.notSimulated(`docker ${first}`, missing.instead), 1);
    if (!spec) throw new CliError(msg.unknownCommand(`docker ${first}`), 1);
    return runSpec(state, spec, `docker ${first}`, words.slice(1), stdio);
  } catch (e) {
    if (e instanceof CliError) return fail(e);
    // The daemon refused: its answer, worded once here (errors/daemon-words.ts).
    if (e instanceof DaemonError) return fail(new CliError(daemonText(e), 1));
    throw e;
  }
}

function runSpec(state: Daemon, spec: CommandSpec, path: string, rest: string[], stdio: Stdio): ExecResult {
  const usage = `${path} ${spec.usage}`.trim();
  const { args, help } = parseArgs(spec, rest, path, usage);
  if (help) return printed(renderHelp(spec, usage));
  checkArgCount(spec, args.positional.length, path, usage);
  return terminated(spec.execute(args, { daemon: state, path, usage, stdio }));
}

// `docker …`: resolves the command path (top-level shortcut or management group), parses flags,
// checks arguments, prints --help, and turns a CliError into the streams and exit code.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import type { HostState } from '../host-state';
import type { ExecResult } from '../types';
import { checkArgCount, parseArgs } from './flags';
import { renderHelp } from './help';
import { GROUPS, TOP_LEVEL, rootHelp, groupHelp, DOCKER_VERSION_LINE } from './registry';
import type { CommandSpec } from './spec';

function withNewline(text: string): string {
  return text === '' || text.endsWith('\n') ? text : text + '\n';
}

export function fail(e: CliError): ExecResult {
  return { stdout: e.stdout, stderr: withNewline(e.text), exitCode: e.exitCode };
}

export function dispatchDocker(state: HostState, words: string[]): ExecResult {
  try {
    const first = words[0];
    if (first === undefined || first === '--help' || first === '-h' || first === 'help') return { stdout: rootHelp(), stderr: '', exitCode: 0 };
    if (first === '--version' || first === '-v') return { stdout: DOCKER_VERSION_LINE + '\n', stderr: '', exitCode: 0 };
    if (first.startsWith('-')) throw new CliError(msg.unknownFlag(first.split('=')[0]!, 'docker [OPTIONS] COMMAND', 'docker'), 125);
    const group = GROUPS[first];
    if (group) {
      const sub = words[1];
      if (sub === undefined || sub === '--help' || sub === '-h') return { stdout: groupHelp(first), stderr: '', exitCode: 0 };
      const spec = group.commands[sub];
      if (!spec) throw new CliError(msg.unknownSubcommand(`docker ${first} ${sub}`, `docker ${first} COMMAND`, `docker ${first}`), 1);
      return runSpec(state, spec, `docker ${first} ${spec.name}`, words.slice(2));
    }
    const spec = TOP_LEVEL[first];
    if (!spec) throw new CliError(msg.unknownCommand(`docker ${first}`), 1);
    return runSpec(state, spec, `docker ${first}`, words.slice(1));
  } catch (e) {
    if (e instanceof CliError) return fail(e);
    throw e;
  }
}

function runSpec(state: HostState, spec: CommandSpec, path: string, rest: string[]): ExecResult {
  const usage = `${path} ${spec.usage}`.trim();
  const { args, help } = parseArgs(spec, rest, path, usage);
  if (help) return { stdout: renderHelp(spec, usage), stderr: '', exitCode: 0 };
  checkArgCount(spec, args.positional.length, path, usage);
  const result = spec.execute(args, { state, path, usage });
  return { stdout: withNewline(result.stdout), stderr: withNewline(result.stderr), exitCode: result.exitCode };
}

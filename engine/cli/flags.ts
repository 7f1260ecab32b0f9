// pflag's parsing rules as docker's commands use them: --long[=v], -abc shorthand groups,
// a value in the same or the next word, `--` ends flags, -h/--help anywhere.
import { CliError } from '../errors/cli-error';
import { msg } from '../errors/messages';
import type { Args, CommandSpec, FlagSpec } from './spec';

export interface Parsed {
  args: Args;
  help: boolean;
}

const FLAG_ERROR_EXIT = 125;

const indexes = new WeakMap<CommandSpec, { byLong: Map<string, FlagSpec>; byShort: Map<string, FlagSpec> }>();

/** Flag lookup tables, built once per command (parsing is on every line typed). */
function flagIndex(spec: CommandSpec) {
  let index = indexes.get(spec);
  if (!index) {
    index = {
      byLong: new Map(spec.flags.map((f) => [f.long, f])),
      byShort: new Map(spec.flags.filter((f) => f.short).map((f) => [f.short!, f])),
    };
    indexes.set(spec, index);
  }
  return index;
}

export function parseArgs(spec: CommandSpec, words: readonly string[], path: string, usage: string): Parsed {
  const values = new Map<string, string[]>();
  const positional: string[] = [];
  let help = false;
  const { byLong, byShort } = flagIndex(spec);
  const fail = (text: string) => {
    throw new CliError(text, FLAG_ERROR_EXIT);
  };
  const set = (flag: FlagSpec, value: string) => {
    if (flag.kind === 'int' && !/^-?\d+$/.test(value)) {
      fail(
        msg.invalidFlagValue(
          value,
          flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`,
          `strconv.ParseInt: parsing "${value}": invalid syntax`,
          usage,
          path,
        ),
      );
    }
    if (flag.kind === 'bool' && !['true', 'false', '1', '0'].includes(value)) {
      fail(
        msg.invalidFlagValue(
          value,
          flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`,
          `strconv.ParseBool: parsing "${value}": invalid syntax`,
          usage,
          path,
        ),
      );
    }
    // docker/cli opts.FilterOpt: an empty filter is ignored, one without "=" is a flag error.
    if (flag.long === 'filter' && value === '') return;
    if (flag.long === 'filter' && !value.includes('=')) {
      fail(
        msg.invalidFlagValue(value, flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`, msg.badFilterFormat(), usage, path),
      );
    }
    const refused = flag.check?.(value);
    if (refused !== undefined) {
      // pflag's InvalidValueError quotes the value with Go's %q (JSON's quoting, for the text people type).
      fail(
        msg.invalidFlagValue(
          JSON.stringify(value).slice(1, -1),
          flag.short ? `-${flag.short}, --${flag.long}` : `--${flag.long}`,
          refused,
          usage,
          path,
        ),
      );
    }
    const list = values.get(flag.long) ?? [];
    if (flag.kind === 'list') list.push(value);
    else list.splice(0, list.length, value);
    values.set(flag.long, list);
  };

  let i = 0;
  let flagsDone = false;
  while (i < words.length) {
    const word = words[i]!;
    i++;
    if (flagsDone || word === '-' || !word.startsWith('-')) {
      positional.push(word);
      if (spec.interspersed === false) flagsDone = true;
      continue;
    }
    if (word === '--') {
      flagsDone = true;
      continue;
    }
    if (word.startsWith('--')) {
      const [name, inline] = splitOnce(word.slice(2));
      if (name === 'help') {
        help = true;
        continue;
      }
      const flag = byLong.get(name);
      if (!flag) fail(msg.unknownFlag(`--${name}`, usage, path));
      if (flag!.kind === 'bool') set(flag!, inline ?? 'true');
      else if (inline !== undefined) set(flag!, inline);
      else if (i < words.length) set(flag!, words[i++]!);
      else fail(msg.flagNeedsArgument(`--${name}`, usage, path));
      continue;
    }
    // Shorthand group: -dit, -p8080:80, -e X=1
    const group = word.slice(1);
    for (let j = 0; j < group.length; j++) {
      const letter = group[j]!;
      // cobra's -h is help unless the command claims it (run/create: --hostname).
      if (letter === 'h' && !byShort.has('h')) {
        help = true;
        continue;
      }
      const flag = byShort.get(letter);
      if (!flag) fail(msg.unknownShorthand(letter, word, usage, path));
      if (flag!.kind === 'bool') {
        if (group[j + 1] === '=') {
          set(flag!, group.slice(j + 2));
          break;
        }
        set(flag!, 'true');
        continue;
      }
      const rest = group.slice(j + 1).replace(/^=/, '');
      if (rest) set(flag!, rest);
      else if (i < words.length) set(flag!, words[i++]!);
      else fail(msg.flagNeedsArgument(`'${letter}' in -${group}`, usage, path));
      break;
    }
  }

  const args: Args = {
    positional,
    has: (name) => values.has(name),
    bool: (name) => {
      const v = values.get(name)?.[0];
      return v === 'true' || v === '1';
    },
    string: (name) => values.get(name)?.[0],
    list: (name) => values.get(name) ?? [],
    int: (name) => {
      const v = values.get(name)?.[0];
      return v === undefined ? undefined : Number(v);
    },
  };
  return { args, help };
}

function splitOnce(text: string): [string, string | undefined] {
  const i = text.indexOf('=');
  return i === -1 ? [text, undefined] : [text.slice(0, i), text.slice(i + 1)];
}

/** cobra's positional-argument checks, with docker's wording. */
export function checkArgCount(spec: CommandSpec, count: number, path: string, usage: string): void {
  const { min = 0, max = Infinity } = spec.args;
  if (count >= min && count <= max) return;
  if (max === 0) throw new CliError(msg.acceptsNoArguments(path, usage), 1);
  if (min === max) throw new CliError(msg.requiresExactly(path, min, usage), 1);
  if (count < min && max === Infinity) throw new CliError(msg.requiresAtLeast(path, min, usage), 1);
  if (min === 0) throw new CliError(msg.requiresAtMost(path, max, usage), 1);
  throw new CliError(msg.requiresRange(path, min, max, usage), 1);
}

// The one shape every docker command has: its help as data, and execute(args, ctx).
import type { CommandResult } from '../output';
import type { Ctx } from './context';

export type FlagKind = 'bool' | 'string' | 'list' | 'int';

export interface FlagSpec {
  long: string;
  short?: string;
  kind: FlagKind;
  description: string;
  /** Shown by --help as `(default …)`. */
  default?: string;
  /** The value placeholder --help shows ("string", "list", "int", "filter"). */
  valueName?: string;
  /** Kept for scripts that still pass it, but not listed by --help. */
  hidden?: boolean;
  /**
   * The value's own check as pflag runs it (a Value's Set): the reason it is refused, or undefined.
   * The parser prints the reason as `invalid argument "<value>" for "--flag" flag: <reason>`.
   */
  check?: (value: string) => string | undefined;
}

export interface ArgRule {
  min?: number;
  max?: number;
}

export interface CommandSpec {
  /** Name under its group, e.g. "ls" for `docker container ls`. */
  name: string;
  /** Usage after the command path, e.g. "[OPTIONS] CONTAINER [CONTAINER...]". */
  usage: string;
  description: string;
  /**
   * Every path that reaches this command, canonical first ("docker container stop", "docker stop"):
   * the registry maps them (a second word names the management group), --help shows them as Aliases.
   */
  aliases: string[];
  /** Its place among the root help's Common Commands (docker/cli's category-top annotation). */
  common?: number;
  flags: FlagSpec[];
  args: ArgRule;
  /** false for run/create/exec: flags after the image belong to the container's command. */
  interspersed?: boolean;
  execute(args: Args, ctx: Ctx): CommandResult;
}

export interface Args {
  positional: string[];
  bool(name: string): boolean;
  string(name: string): string | undefined;
  list(name: string): string[];
  int(name: string): number | undefined;
  /** Whether the flag was given at all. */
  has(name: string): boolean;
}

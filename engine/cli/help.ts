// `docker <command> --help`, rendered from the command's data the way cobra/pflag lay it out.
import type { CommandSpec, FlagSpec } from './spec';

function flagLine(flag: FlagSpec): [string, string] {
  let left = flag.short ? `  -${flag.short}, --${flag.long}` : `      --${flag.long}`;
  const valueName = flag.valueName ?? (flag.kind === 'bool' ? '' : flag.kind);
  if (valueName) left += ` ${valueName}`;
  let right = flag.description;
  if (flag.default !== undefined) right += flag.kind === 'string' ? ` (default "${flag.default}")` : ` (default ${flag.default})`;
  return [left, right];
}

export function renderHelp(spec: CommandSpec, usage: string): string {
  const lines = ['', `Usage:  ${usage}`, '', spec.description];
  if (spec.aliases.length > 1) lines.push('', 'Aliases:', `  ${spec.aliases.join(', ')}`);
  const flags = spec.flags.filter((f) => !f.hidden);
  if (flags.length > 0) {
    const rows = flags.map(flagLine);
    // pflag pads every flag column to the longest one, then two more spaces.
    const width = Math.max(...rows.map(([l]) => l.length)) + 1;
    lines.push('', 'Options:');
    for (const [left, right] of rows) lines.push(`${left}${' '.repeat(width - left.length)}  ${right}`);
  }
  return lines.join('\n') + '\n';
}

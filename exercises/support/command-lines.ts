// Reads a commands file: one command per line, `#` comments and blank lines ignored, a line
// ending in `\` continued on the next (as a shell reads it).

export interface CommandLine {
  /** 1-based line number in the file where the command starts. */
  lineNo: number;
  text: string;
}

export function commandLinesOf(text: string): CommandLine[] {
  const out: CommandLine[] = [];
  let pending: CommandLine | undefined;
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (pending) {
      pending.text += ' ' + line;
    } else {
      if (line === '' || line.startsWith('#')) return;
      pending = { lineNo: i + 1, text: line };
    }
    if (pending.text.endsWith('\\')) {
      pending.text = pending.text.slice(0, -1).trimEnd();
      return;
    }
    out.push(pending);
    pending = undefined;
  });
  if (pending) out.push(pending);
  return out;
}

/** The commands alone, in order. */
export function commandLines(text: string): string[] {
  return commandLinesOf(text).map((l) => l.text);
}

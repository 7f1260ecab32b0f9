// Reads a Dockerfile the way BuildKit's parser does (frontend/dockerfile/parser): `#` comment
// lines dropped, a trailing `\` joins the next line (its indentation kept, which is why history
// strings of long RUN lines show runs of spaces), instruction words case-insensitive, JSON
// (exec) form when the arguments parse as a JSON array of strings.
import { BuildFailure, buildError } from './errors';

export interface Instruction {
  /** Upper-case keyword: "RUN". */
  keyword: string;
  /** The keyword as written ("from"), for the casing checks. */
  written: string;
  /** The arguments as written, continuation lines joined, flags (--from=…) removed. */
  args: string;
  /** `--chown=…`, `--from=…`: BuildKit's instruction flags. */
  flags: Record<string, string>;
  /** Set when the arguments are a JSON array of strings (exec form). */
  json?: string[];
  /** 1-based lines the instruction spans in the file. */
  startLine: number;
  endLine: number;
}

/** Every instruction BuildKit knows (frontend/dockerfile/command/command.go), lower-case. */
export const INSTRUCTIONS = [
  'add',
  'arg',
  'cmd',
  'copy',
  'entrypoint',
  'env',
  'expose',
  'from',
  'healthcheck',
  'label',
  'maintainer',
  'onbuild',
  'run',
  'shell',
  'stopsignal',
  'user',
  'volume',
  'workdir',
] as const;

export function parseDockerfile(text: string): Instruction[] {
  const lines = text.split('\n');
  const out: Instruction[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i]!.replace(/\r$/, '');
    const startLine = i + 1;
    i++;
    if (first.trim() === '' || first.trim().startsWith('#')) continue;
    let joined = first;
    let endLine = startLine;
    while (/\\\s*$/.test(joined) && i < lines.length) {
      joined = joined.replace(/\\\s*$/, '');
      const next = lines[i]!.replace(/\r$/, '');
      i++;
      if (next.trim().startsWith('#')) continue; // comment lines inside a continuation are skipped
      endLine = i;
      joined += next;
    }
    joined = joined.replace(/\\\s*$/, '');
    const m = /^\s*(\S+)\s*([\s\S]*)$/.exec(joined)!;
    const word = m[1]!;
    if (!(INSTRUCTIONS as readonly string[]).includes(word.toLowerCase())) {
      throw new BuildFailure(buildError.parseError(startLine, buildError.unknownInstruction(word, suggest(word))), {
        start: startLine,
        end: endLine,
      });
    }
    const { flags, rest } = takeFlags(m[2]!.trim());
    out.push({ keyword: word.toUpperCase(), written: word, args: rest, flags, ...jsonForm(rest), startLine, endLine });
  }
  return out;
}

/** `--from=build --chown=1000` in front of COPY/ADD/RUN arguments. */
function takeFlags(args: string): { flags: Record<string, string>; rest: string } {
  const flags: Record<string, string> = {};
  let rest = args;
  for (;;) {
    const m = /^--([a-z-]+)(?:=(\S*))?\s+/.exec(rest);
    if (!m) break;
    flags[m[1]!] = m[2] ?? 'true';
    rest = rest.slice(m[0].length);
  }
  return { flags, rest };
}

function jsonForm(args: string): { json?: string[] } {
  if (!args.startsWith('[')) return {};
  try {
    const value: unknown = JSON.parse(args);
    if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return { json: value as string[] };
  } catch {
    // not JSON: BuildKit falls back to the shell form
  }
  return {};
}

/** BuildKit's suggest.WrapError: the closest known word at Levenshtein distance < 3, case matched. */
function suggest(word: string): string | undefined {
  const lower = word.toLowerCase();
  let best: string | undefined;
  let min = 3;
  for (const option of INSTRUCTIONS) {
    const d = levenshtein(lower, option);
    if (d < min) {
      best = option;
      min = d;
    }
  }
  if (!best) return undefined;
  if (word === word.toLowerCase()) return best;
  if (word === word.toUpperCase()) return best.toUpperCase();
  return best;
}

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

/** Splits `A=b C="d e"` (or the legacy `A b c`) into pairs, honouring quotes and backslashes. */
export function keyValuePairs(args: string): Array<[string, string]> {
  const words = shellWords(args);
  if (words.length > 0 && !words[0]!.includes('=')) {
    const m = /^\s*(\S+)\s+([\s\S]*)$/.exec(args);
    return m ? [[m[1]!, m[2]!.trim()]] : [[words[0]!, '']];
  }
  return words.map((w) => {
    const eq = w.indexOf('=');
    return eq === -1 ? [w, ''] : [w.slice(0, eq), w.slice(eq + 1)];
  });
}

/** Words split on unquoted whitespace, quotes removed (BuildKit's shell lexer, without expansion). */
export function shellWords(text: string): string[] {
  const out: string[] = [];
  let word = '';
  let inWord = false;
  let quote: '"' | "'" | null = null;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === '\\' && quote === '"' && i + 1 < text.length) word += text[++i];
      else word += ch;
      continue;
    }
    if (ch === '"' || ch === "'") {
      quote = ch;
      inWord = true;
    } else if (ch === '\\' && i + 1 < text.length) {
      word += text[++i];
      inWord = true;
    } else if (/\s/.test(ch)) {
      if (inWord) out.push(word);
      word = '';
      inWord = false;
    } else {
      word += ch;
      inWord = true;
    }
  }
  if (inWord) out.push(word);
  return out;
}

/** `$VAR` / `${VAR}` replaced from `vars` outside single quotes; unknown names become "". */
export function expandVars(text: string, vars: ReadonlyMap<string, string>): string {
  let out = '';
  let single = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "'") single = !single;
    if (ch === '\\' && !single && text[i + 1] === '$') {
      out += '$';
      i++;
      continue;
    }
    if (ch !== '$' || single) {
      out += ch;
      continue;
    }
    const m = /^\$(?:\{(\w+)\}|(\w+))/.exec(text.slice(i));
    if (!m) {
      out += ch;
      continue;
    }
    out += vars.get((m[1] ?? m[2])!) ?? '';
    i += m[0].length - 1;
  }
  return out;
}

// The shell's tokenizer, for the host and for the shells inside containers: POSIX quoting ('…',
// "…", \x), $VAR / ${VAR} / $? expansion, a leading ~, `#` comments, and the few operators the
// simulated terminal offers: `;`, `&&`, `||`, `>`, `>>`. It is one linear scan with no regular
// expression and no recursion, so a line of any length (a 16 MB word included) is answered rather
// than overflowing the stack (shell-quote's regular expressions did at 4 MB).
//
// Lines are split into commands first (`parseLine`); each command's words are expanded only when
// it runs (`expandCommand`), so `false; echo $?` sees the status of `false`, as in sh.

export type Op = ';' | '&&' | '||';

export interface SimpleCommand {
  words: string[];
  /** `> file` or `>> file` after the words. */
  redirect?: { append: boolean; target: string };
}

export type Pipeline = Array<{ command: SimpleCommand; next?: Op }>;

export class ShellSyntaxError extends Error {}

/** One piece of a word: literal text, a variable to expand, or a leading `~` (the home directory). */
export type Part = { text: string } | { variable: string } | { tilde: true };

export interface RawCommand {
  words: Part[][];
  redirect?: { append: boolean; target: Part[] };
}

export type RawPipeline = Array<{ command: RawCommand; next?: Op }>;

/** The variables a word expands with: a name (HOME, ?, …) to its value; unset names give "". */
export type Lookup = (key: string) => string | undefined;

const isSpace = (ch: string) => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
const OPERATOR_CHARS = ';&|<>()';
const isNameStart = (ch: string) => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch === '_';
const isNameChar = (ch: string) => isNameStart(ch) || (ch >= '0' && ch <= '9');
/** sh's special parameters: $? $$ $# $! $@ $* $- and the positional $0…$9. */
const SPECIAL = '?$#!@*-0123456789';

const unsupported = (op: string) =>
  new ShellSyntaxError(`"${op}" is not supported in this terminal (no pipes, subshells or background jobs)`);

/** Splits a line into simple commands joined by ; && ||, words still unexpanded. */
export function parseLine(line: string): RawPipeline {
  const out: RawPipeline = [];
  let current: RawCommand = { words: [] };
  let word: Part[] | null = null;
  /** Where the next word goes: the command's words, or the target of a pending `>`. */
  let redirectPending: { append: boolean } | null = null;
  let text = '';
  const n = line.length;

  const flushText = () => {
    if (text !== '') {
      (word ??= []).push({ text });
      text = '';
    }
  };
  const endWord = () => {
    flushText();
    if (word === null) return;
    if (redirectPending) {
      current.redirect = { append: redirectPending.append, target: word };
      redirectPending = null;
    } else current.words.push(word);
    word = null;
  };
  const endCommand = (op: Op) => {
    if (redirectPending) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
    if (current.words.length === 0 && !current.redirect) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
    out.push({ command: current, next: op });
    current = { words: [] };
  };

  let i = 0;
  while (i < n) {
    const ch = line[i]!;
    if (isSpace(ch)) {
      endWord();
      i++;
      continue;
    }
    if (ch === '#' && word === null && text === '') break; // a comment runs to the end of the line
    if (OPERATOR_CHARS.includes(ch)) {
      endWord();
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        endCommand(two);
        i += 2;
      } else if (ch === ';') {
        if (two === ';;') throw unsupported(';;');
        endCommand(';');
        i++;
      } else if (ch === '>') {
        if (redirectPending) throw new ShellSyntaxError(`syntax error near unexpected token \`${two === '>>' ? '>>' : '>'}'`);
        const append = two === '>>';
        const after = line[i + (append ? 2 : 1)];
        if (after === '&' || after === '|' || after === '(') throw unsupported(`>${after}`);
        redirectPending = { append };
        i += append ? 2 : 1;
      } else {
        throw unsupported(ch === '<' && '&>'.includes(line[i + 1] ?? '') ? two : ch === '|' && line[i + 1] === '&' ? '|&' : ch);
      }
      continue;
    }
    if (ch === "'") {
      const close = line.indexOf("'", i + 1);
      if (close === -1) throw new ShellSyntaxError("unexpected EOF while looking for matching `''");
      text += line.slice(i + 1, close);
      word ??= [];
      i = close + 1;
      continue;
    }
    if (ch === '"') {
      word ??= [];
      i = readDoubleQuoted(line, i + 1, (part) => {
        if ('text' in part) text += part.text;
        else {
          flushText();
          (word ??= []).push(part);
        }
      });
      continue;
    }
    if (ch === '\\') {
      if (i + 1 < n && line[i + 1] !== '\n') text += line[i + 1];
      word ??= [];
      i += 2;
      continue;
    }
    if (ch === '$') {
      const variable = readVariable(line, i);
      if (variable) {
        flushText();
        (word ??= []).push({ variable: variable.name });
        i = variable.end;
        continue;
      }
      text += '$';
      i++;
      continue;
    }
    if (ch === '~' && word === null && text === '') {
      const next = line[i + 1];
      if (next === undefined || next === '/' || isSpace(next) || OPERATOR_CHARS.includes(next)) {
        word = [{ tilde: true }];
        i++;
        continue;
      }
    }
    // A run of plain characters, taken in one slice (a long word costs one copy, not one per character).
    let j = i + 1;
    while (j < n) {
      const c = line[j]!;
      if (isSpace(c) || OPERATOR_CHARS.includes(c) || c === "'" || c === '"' || c === '\\' || c === '$') break;
      j++;
    }
    text += line.slice(i, j);
    i = j;
  }
  endWord();
  if (redirectPending) throw new ShellSyntaxError("syntax error near unexpected token `newline'");
  if (current.words.length > 0 || current.redirect) out.push({ command: current });
  return out;
}

/** Reads a "…" body from `start` (after the quote); returns the index after the closing quote. */
function readDoubleQuoted(line: string, start: number, emit: (part: Part) => void): number {
  let i = start;
  let run = start;
  const flush = (to: number) => {
    if (to > run) emit({ text: line.slice(run, to) });
  };
  while (i < line.length) {
    const ch = line[i]!;
    if (ch === '"') {
      flush(i);
      return i + 1;
    }
    if (ch === '\\' && '$`"\\\n'.includes(line[i + 1] ?? '')) {
      // Inside double quotes a backslash escapes only $ ` " \ and a newline (POSIX 2.2.3).
      flush(i);
      if (line[i + 1] !== '\n') emit({ text: line[i + 1]! });
      i += 2;
      run = i;
      continue;
    }
    if (ch === '$') {
      const variable = readVariable(line, i);
      if (variable) {
        flush(i);
        emit({ variable: variable.name });
        i = variable.end;
        run = i;
        continue;
      }
    }
    i++;
  }
  throw new ShellSyntaxError('unexpected EOF while looking for matching `"\'');
}

/** `$NAME`, `${NAME}` or `$?` at `i`; undefined when the `$` is a plain character. */
function readVariable(line: string, i: number): { name: string; end: number } | undefined {
  const next = line[i + 1];
  if (next === undefined) return undefined;
  if (next === '{') {
    const close = line.indexOf('}', i + 2);
    if (close === -1) throw new ShellSyntaxError("unexpected EOF while looking for matching `}'");
    const name = line.slice(i + 2, close);
    if (!/^([A-Za-z_][A-Za-z0-9_]*|[?$#!@*\-0-9])$/.test(name)) throw new ShellSyntaxError(`\${${name}}: bad substitution`);
    return { name, end: close + 1 };
  }
  if (SPECIAL.includes(next)) return { name: next, end: i + 2 };
  if (!isNameStart(next)) return undefined;
  let j = i + 2;
  while (j < line.length && isNameChar(line[j]!)) j++;
  return { name: line.slice(i + 1, j), end: j };
}

export function expandWord(parts: Part[], lookup: Lookup): string {
  let s = '';
  for (const part of parts) {
    if ('text' in part) s += part.text;
    else if ('variable' in part) s += lookup(part.variable) ?? '';
    else s += lookup('HOME') ?? '~';
  }
  return s;
}

export function expandCommand(raw: RawCommand, lookup: Lookup): SimpleCommand {
  const words = raw.words.map((w) => expandWord(w, lookup));
  return raw.redirect ? { words, redirect: { append: raw.redirect.append, target: expandWord(raw.redirect.target, lookup) } } : { words };
}

/** The host shell's own variables, for callers that expand a whole line at once. */
const hostEnv: Lookup = (key) => (key === 'HOME' ? '/home/learner' : key === 'PWD' ? '/home/learner/app' : '');

/**
 * Splits a line into simple commands joined by ; && || and expands every word at once. Unset $VARS
 * expand to "" as in sh. `env` is the environment of a shell inside a container; without it the
 * host's is used.
 */
export function tokenize(line: string, env?: (key: string) => string): Pipeline {
  const lookup: Lookup = env ?? hostEnv;
  return parseLine(line).map(({ command, next }) =>
    next ? { command: expandCommand(command, lookup), next } : { command: expandCommand(command, lookup) },
  );
}

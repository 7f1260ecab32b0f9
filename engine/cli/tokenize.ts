// The shell's tokenizer, for the host and for the shells inside containers: POSIX quoting ('…',
// "…", \x), $VAR / ${VAR} / $? expansion, a leading ~, `#` comments, and the few operators the
// simulated terminal offers: `;`, `&&`, `||`, `|`, `>`, `>>`, `<`, `>&`. It is one linear scan with no regular
// expression and no recursion, so a line of any length (a 16 MB word included) is answered rather
// than overflowing the stack (shell-quote's regular expressions did at 4 MB). Redirections follow
// POSIX 2.7: `[n]>`, `[n]>>`, `[n]<`, `[n]>&m`, plus bash's `&>`/`&>>`; `|` joins a pipeline.
//
// Lines are split into commands first (`parseLine`); each command's words are expanded only when
// it runs (`expandCommand`), so `false; echo $?` sees the status of `false`, as in sh.

/** What joins a command to the next: `|` binds tighter than the others (a pipeline's commands are runs of `|`). */
export type Op = ';' | '&&' | '||' | '|';

/** `[fd]>`, `[fd]>>`, `[fd]<` or `[fd]>&target` (then `target` is the fd to copy: "1", "2"). */
export type RedirectOp = '>' | '>>' | '<' | '>&';

export interface Redirect {
  fd: number;
  op: RedirectOp;
  target: string;
}

export interface SimpleCommand {
  words: string[];
  /** The command's redirections, in the order written (the order they are applied). */
  redirects?: Redirect[];
}

export type Pipeline = Array<{ command: SimpleCommand; next?: Op }>;

export class ShellSyntaxError extends Error {}

/** One piece of a word: literal text, a variable to expand, or a leading `~` (the home directory). */
export type Part = { text: string } | { variable: string } | { tilde: true };

export interface RawRedirect {
  fd: number;
  op: RedirectOp;
  target: Part[];
}

export interface RawCommand {
  words: Part[][];
  redirects?: RawRedirect[];
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
  new ShellSyntaxError(`"${op}" is not supported in this terminal (no subshells, here-documents or background jobs)`);

/** Lines parsed lately: a demo or a loop types the same lines again, and the parse is pure. */
const parsedLines = new Map<string, RawPipeline>();
const PARSED_LINES_KEPT = 128;
const PARSED_LINE_MAX = 4096;

/**
 * Splits a line into simple commands joined by ; && || |, words still unexpanded. The result may
 * be shared with later calls for the same line, so callers read it and never change it.
 */
export function parseLine(line: string): RawPipeline {
  if (line.length > PARSED_LINE_MAX) return parseFresh(line);
  const known = parsedLines.get(line);
  if (known) return known;
  const parsed = parseFresh(line);
  if (parsedLines.size >= PARSED_LINES_KEPT) parsedLines.delete(parsedLines.keys().next().value!);
  parsedLines.set(line, parsed);
  return parsed;
}

function parseFresh(line: string): RawPipeline {
  const out: RawPipeline = [];
  let current: RawCommand = { words: [] };
  let word: Part[] | null = null;
  /** Where the next word goes: the command's words, or the target of a pending redirection. */
  let redirectPending: { fd: number; op: RedirectOp } | null = null;
  let text = '';
  const n = line.length;

  const flushText = () => {
    if (text !== '') {
      (word ??= []).push({ text });
      text = '';
    }
  };
  const addRedirect = (r: RawRedirect) => (current.redirects ??= []).push(r);
  const endWord = () => {
    flushText();
    if (word === null) return;
    if (redirectPending) {
      addRedirect({ ...redirectPending, target: word });
      redirectPending = null;
    } else current.words.push(word);
    word = null;
  };
  const endCommand = (op: Op) => {
    if (redirectPending) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
    if (current.words.length === 0 && !current.redirects) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
    out.push({ command: current, next: op });
    current = { words: [] };
  };
  /** A redirection operator at `i` (after an optional fd number); returns the index after it. */
  const redirection = (i: number, fd: number | undefined): number => {
    const ch = line[i]!;
    const two = line.slice(i, i + 2);
    const token: RedirectOp = ch === '<' ? '<' : two === '>>' ? '>>' : two === '>&' ? '>&' : '>';
    if (redirectPending) throw new ShellSyntaxError(`syntax error near unexpected token \`${token}'`);
    if (two === '<<' || two === '<&' || two === '<>' || two === '>(' || two === '<(') throw unsupported(two);
    if (token === '>&') {
      // `>&2`, `2>&1`: a copy of another fd; bash's `>&file` (both streams to a file) is `&>` here.
      const target = line[i + 2];
      if (target === undefined || target < '0' || target > '9') throw unsupported('>&');
      addRedirect({ fd: fd ?? 1, op: '>&', target: [{ text: target }] });
      return i + 3;
    }
    // `>|` (clobber, even with noclobber) is `>` here: the terminal never sets noclobber.
    const skip = token.length + (token === '>' && line[i + 1] === '|' ? 1 : 0);
    redirectPending = { fd: fd ?? (token === '<' ? 0 : 1), op: token };
    return i + skip;
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
      // A single digit right before > or < is the fd it redirects (`2>/dev/null`), not a word.
      const fd = (ch === '>' || ch === '<') && word === null && text.length === 1 && text >= '0' && text <= '9' ? Number(text) : undefined;
      if (fd !== undefined) text = '';
      endWord();
      const two = line.slice(i, i + 2);
      if (two === '&&' || two === '||') {
        endCommand(two);
        i += 2;
      } else if (ch === ';') {
        if (two === ';;') throw unsupported(';;');
        endCommand(';');
        i++;
      } else if (ch === '|') {
        if (two === '|&') throw unsupported('|&');
        endCommand('|');
        i++;
      } else if (two === '&>') {
        // bash: `&>file` and `&>>file` send stdout and stderr to the file.
        const append = line[i + 2] === '>';
        if (redirectPending) throw new ShellSyntaxError(`syntax error near unexpected token \`${append ? '&>>' : '&>'}'`);
        redirectPending = { fd: -1, op: append ? '>>' : '>' };
        i += append ? 3 : 2;
      } else if (ch === '>' || ch === '<') {
        i = redirection(i, fd);
      } else {
        throw unsupported(ch);
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
  if (current.words.length > 0 || current.redirects) out.push({ command: current });
  else if (out[out.length - 1]?.next === '|') throw new ShellSyntaxError("syntax error near unexpected token `newline'");
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
  if (!raw.redirects) return { words };
  // `&>file` (fd -1) is `>file 2>&1`.
  const redirects = raw.redirects.flatMap(({ fd, op, target }): Redirect[] => {
    const expanded = expandWord(target, lookup);
    return fd === -1
      ? [
          { fd: 1, op, target: expanded },
          { fd: 2, op: '>&', target: '1' },
        ]
      : [{ fd, op, target: expanded }];
  });
  return { words, redirects };
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

// Host-shell tokenizing with shell-quote (POSIX quoting rules); this file only maps its output
// onto the few shell features the simulated terminal offers: words, `;`/`&&`/`||`, `>`/`>>`.
import { parse } from 'shell-quote';

export type Op = ';' | '&&' | '||';

export interface SimpleCommand {
  words: string[];
  /** `> file` or `>> file` after the words. */
  redirect?: { append: boolean; target: string };
}

export type Pipeline = Array<{ command: SimpleCommand; next?: Op }>;

export class ShellSyntaxError extends Error {}

/** Recently tokenized lines: demos and scripts repeat the same lines, and parsing is pure. */
const recent = new Map<string, Pipeline>();
const RECENT_MAX = 256;

/** The host shell's own variables. */
const hostEnv = (key: string) => (key === 'HOME' ? '/home/learner' : key === 'PWD' ? '/home/learner/app' : '');

/**
 * Splits a line into simple commands joined by ; && ||. Unset $VARS expand to "" as in sh.
 * `env` is the environment of a shell inside a container; without it the host's is used.
 */
export function tokenize(line: string, env?: (key: string) => string): Pipeline {
  if (env) return tokenizeUncached(line, env);
  const hit = recent.get(line);
  if (hit) return hit;
  const pipeline = tokenizeUncached(line, hostEnv);
  if (recent.size >= RECENT_MAX) recent.delete(recent.keys().next().value!);
  recent.set(line, pipeline);
  return pipeline;
}

function tokenizeUncached(line: string, env: (key: string) => string): Pipeline {
  const tokens = parse(line, env);
  const out: Pipeline = [];
  let current: SimpleCommand = { words: [] };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (typeof token === 'string') {
      current.words.push(token);
      continue;
    }
    if ('comment' in token) break;
    if (!('op' in token)) throw new ShellSyntaxError('unsupported shell syntax');
    const op = token.op;
    if (op === '>' || op === '>>') {
      const target = tokens[i + 1];
      if (typeof target !== 'string') throw new ShellSyntaxError("syntax error near unexpected token `newline'");
      current.redirect = { append: op === '>>', target };
      i++;
    } else if (op === ';' || op === '&&' || op === '||') {
      if (current.words.length === 0) throw new ShellSyntaxError(`syntax error near unexpected token \`${op}'`);
      out.push({ command: current, next: op });
      current = { words: [] };
    } else if (op === 'glob') {
      current.words.push((token as unknown as { pattern: string }).pattern);
    } else {
      throw new ShellSyntaxError(`"${op}" is not supported in this terminal (no pipes, subshells or background jobs)`);
    }
  }
  if (current.words.length > 0 || current.redirect) out.push({ command: current });
  return out;
}

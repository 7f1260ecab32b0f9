// The scanner of Go's text/template (src/text/template/parse/lex.go, Go 1.22+): text and
// actions, `{{- ` / ` -}}` trim markers, comments, newlines inside actions, strings, raw strings,
// character constants, numbers, fields, variables and keywords. Positions are string offsets.

export type ItemType =
  | 'error'
  | 'bool'
  | 'char'
  | 'charConstant'
  | 'assign'
  | 'declare'
  | 'eof'
  | 'field'
  | 'identifier'
  | 'leftDelim'
  | 'leftParen'
  | 'number'
  | 'pipe'
  | 'rawString'
  | 'rightDelim'
  | 'rightParen'
  | 'space'
  | 'string'
  | 'text'
  | 'variable'
  // keywords
  | 'block'
  | 'break'
  | 'continue'
  | 'dot'
  | 'define'
  | 'else'
  | 'end'
  | 'if'
  | 'nil'
  | 'range'
  | 'template'
  | 'with';

export interface Item {
  type: ItemType;
  pos: number;
  val: string;
  line: number;
}

const KEYWORDS: Record<string, ItemType> = {
  '.': 'dot',
  block: 'block',
  break: 'break',
  continue: 'continue',
  define: 'define',
  else: 'else',
  end: 'end',
  if: 'if',
  range: 'range',
  nil: 'nil',
  template: 'template',
  with: 'with',
};
export const isKeyword = (t: ItemType): boolean => Object.values(KEYWORDS).includes(t);

const LEFT = '{{';
const RIGHT = '}}';
const isSpace = (c: string | undefined) => c === ' ' || c === '\t' || c === '\r' || c === '\n';
const isAlnum = (c: string | undefined) => c !== undefined && /^[\p{L}\p{Nd}_]$/u.test(c);

/** Go's item.String(), used in "unexpected … in …" parse errors. */
export function itemString(i: Item): string {
  if (i.type === 'eof') return 'EOF';
  if (i.type === 'error') return i.val;
  if (isKeyword(i.type)) return `<${i.val}>`;
  const quoted = (s: string) => JSON.stringify(s);
  return [...i.val].length > 10 ? `${quoted([...i.val].slice(0, 10).join(''))}...` : quoted(i.val);
}

/** %#U of Go's fmt: U+007D '}'. */
function goRune(c: string): string {
  const cp = c.codePointAt(0)!;
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')} '${c}'`;
}

export function lex(input: string): Item[] {
  const items: Item[] = [];
  let pos = 0;
  let start = 0;
  let line = 1;
  let startLine = 1;
  let parenDepth = 0;
  const emit = (type: ItemType, val = input.slice(start, pos)) => {
    items.push({ type, pos: start, val, line: startLine });
    startLine = line;
    start = pos;
  };
  const advance = (n: number) => {
    for (let i = 0; i < n; i++) if (input[pos + i] === '\n') line++;
    pos += n;
  };
  const ignore = () => {
    start = pos;
    startLine = line;
  };
  const fail = (message: string) => {
    items.push({ type: 'error', pos: start, val: message, line: startLine });
    return false;
  };
  const atRightDelim = (): [boolean, boolean] => {
    if (
      input.startsWith(' -' + RIGHT, pos) ||
      input.startsWith('\t-' + RIGHT, pos) ||
      input.startsWith('\r-' + RIGHT, pos) ||
      input.startsWith('\n-' + RIGHT, pos)
    )
      return [true, true];
    return [input.startsWith(RIGHT, pos), false];
  };
  const atTerminator = () => {
    const c = input[pos];
    return c === undefined || isSpace(c) || '.,|:)('.includes(c) || input.startsWith(RIGHT[0]!, pos);
  };
  const skipSpaceAfterRight = () => {
    let n = 0;
    while (isSpace(input[pos + n])) n++;
    advance(n);
    ignore();
  };

  // Returns false on error (an error item has been emitted) and true at EOF.
  const text = (): boolean => {
    for (;;) {
      const at = input.indexOf(LEFT, pos);
      if (at < 0) {
        advance(input.length - pos);
        if (pos > start) emit('text');
        emit('eof', '');
        return true;
      }
      advance(at - pos);
      const trim = input[at + 2] === '-' && isSpace(input[at + 3]);
      let end = pos;
      if (trim) while (end > start && isSpace(input[end - 1])) end--;
      if (end > start) items.push({ type: 'text', pos: start, val: input.slice(start, end), line: startLine });
      ignore();
      // The left delimiter.
      advance(LEFT.length + (trim ? 2 : 0));
      if (input.startsWith('/*', pos)) {
        const close = input.indexOf('*/', pos + 2);
        if (close < 0) return fail('unclosed comment');
        advance(close + 2 - pos);
        const [delim, trimAfter] = atRightDelim();
        if (!delim) return fail('comment ends before closing delimiter');
        advance((trimAfter ? 2 : 0) + RIGHT.length);
        if (trimAfter) skipSpaceAfterRight();
        ignore();
        continue;
      }
      items.push({ type: 'leftDelim', pos: start, val: LEFT, line: startLine });
      ignore();
      parenDepth = 0;
      if (!action()) return false;
    }
  };

  // Scans one action up to and including its right delimiter.
  const action = (): boolean => {
    for (;;) {
      const [delim, trimAfter] = atRightDelim();
      if (delim) {
        if (parenDepth !== 0) return fail('unclosed left paren');
        if (trimAfter) advance(2);
        ignore();
        advance(RIGHT.length);
        emit('rightDelim');
        if (trimAfter) skipSpaceAfterRight();
        return true;
      }
      const c = input[pos];
      if (c === undefined) return fail('unclosed action');
      if (isSpace(c)) {
        let n = 0;
        while (isSpace(input[pos + n])) n++;
        // A lone space before "-}}" belongs to the trim marker.
        if (input.startsWith('-' + RIGHT, pos + n) && n >= 1) {
          advance(n - 1);
          if (n > 1) emit('space');
          continue;
        }
        advance(n);
        emit('space');
        continue;
      }
      advance(1);
      if (c === '=') emit('assign');
      else if (c === ':') {
        if (input[pos] !== '=') return fail('expected :=');
        advance(1);
        emit('declare');
      } else if (c === '|') emit('pipe');
      else if (c === '"') {
        for (;;) {
          const d = input[pos];
          if (d === '\\') {
            const e = input[pos + 1];
            if (e === undefined || e === '\n') return fail('unterminated quoted string');
            advance(2);
          } else if (d === undefined || d === '\n') return fail('unterminated quoted string');
          else {
            advance(1);
            if (d === '"') break;
          }
        }
        emit('string');
      } else if (c === '`') {
        const close = input.indexOf('`', pos);
        if (close < 0) return fail('unterminated raw quoted string');
        advance(close + 1 - pos);
        emit('rawString');
      } else if (c === '$') {
        if (!fieldOrVariable('variable')) return false;
      } else if (c === "'") {
        for (;;) {
          const d = input[pos];
          if (d === '\\') {
            const e = input[pos + 1];
            if (e === undefined || e === '\n') return fail('unterminated character constant');
            advance(2);
          } else if (d === undefined || d === '\n') return fail('unterminated character constant');
          else {
            advance(1);
            if (d === "'") break;
          }
        }
        emit('charConstant');
      } else if (c === '.' && !(input[pos] !== undefined && input[pos]! >= '0' && input[pos]! <= '9')) {
        if (!fieldOrVariable('field')) return false;
      } else if (c === '.' || c === '+' || c === '-' || (c >= '0' && c <= '9')) {
        pos -= 1;
        const m = /^[+-]?(0[xX][0-9a-fA-F_]*|[0-9_]*)(\.[0-9_]*)?([eEpP][+-]?[0-9_]+)?i?/.exec(input.slice(pos))!;
        advance(m[0].length || 1);
        if (isAlnum(input[pos])) {
          advance(1);
          return fail(`bad number syntax: ${JSON.stringify(input.slice(start, pos))}`);
        }
        emit('number');
      } else if (isAlnum(c)) {
        while (isAlnum(input[pos])) advance(1);
        if (!atTerminator()) return fail(`bad character ${goRune(input[pos]!)}`);
        const word = input.slice(start, pos);
        const key = KEYWORDS[word];
        if (key && key !== 'dot') emit(key);
        else if (word === 'true' || word === 'false') emit('bool');
        else emit('identifier');
      } else if (c === '(') {
        emit('leftParen');
        parenDepth++;
      } else if (c === ')') {
        emit('rightParen');
        parenDepth--;
        if (parenDepth < 0) return fail(`unexpected right paren ${goRune(c)}`);
      } else if (c.charCodeAt(0) < 0x7f && c.charCodeAt(0) >= 0x20) emit('char');
      else return fail(`unrecognized character in action: ${goRune(c)}`);
    }
  };

  // After "." or "$": a bare dot / dollar, or the alphanumeric name that follows.
  const fieldOrVariable = (type: 'field' | 'variable'): boolean => {
    if (atTerminator()) {
      emit(type === 'variable' ? 'variable' : 'dot');
      return true;
    }
    while (isAlnum(input[pos])) advance(1);
    if (!atTerminator()) return fail(`bad character ${goRune(input[pos]!)}`);
    emit(type);
    return true;
  };

  text();
  return items;
}

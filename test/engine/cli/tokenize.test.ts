// The shell's tokenizer: POSIX quoting, expansion at run time, the few operators, and any length.
import { describe, expect, it } from 'vitest';
import { expandCommand, parseLine, ShellSyntaxError, tokenize } from '../../../engine/cli/tokenize';

const env = (key: string) => ({ HOME: '/root', X: 'a b', '?': '3' })[key];

describe('tokenize', () => {
  it('quotes, escapes, variables, a leading ~ and comments', () => {
    expect(tokenize(`echo 'a $X' "b $X" c\\ d $X \${X}! ~ ~/x a~ '~' $? $NOPE "$" # gone`, (k) => env(k) ?? '')).toEqual([
      { command: { words: ['echo', 'a $X', 'b a b', 'c d', 'a b', 'a b!', '/root', '/root/x', 'a~', '~', '3', '', '$'] } },
    ]);
  });

  it('splits on ; && || and |, and keeps redirections in order with their fds', () => {
    expect(tokenize('a > f && b >> "g h"; c 2>/dev/null || d < in 2>&1 | e &> both')).toEqual([
      { command: { words: ['a'], redirects: [{ fd: 1, op: '>', target: 'f' }] }, next: '&&' },
      { command: { words: ['b'], redirects: [{ fd: 1, op: '>>', target: 'g h' }] }, next: ';' },
      { command: { words: ['c'], redirects: [{ fd: 2, op: '>', target: '/dev/null' }] }, next: '||' },
      {
        command: {
          words: ['d'],
          redirects: [
            { fd: 0, op: '<', target: 'in' },
            { fd: 2, op: '>&', target: '1' },
          ],
        },
        next: '|',
      },
      {
        command: {
          words: ['e'],
          redirects: [
            { fd: 1, op: '>', target: 'both' },
            { fd: 2, op: '>&', target: '1' },
          ],
        },
      },
    ]);
  });

  it('takes a digit as an fd only right before > or < and unquoted', () => {
    expect(tokenize('echo 2 >x a2>y "3">z')).toEqual([
      {
        command: {
          words: ['echo', '2', 'a2', '3'],
          redirects: [
            { fd: 1, op: '>', target: 'x' },
            { fd: 1, op: '>', target: 'y' },
            { fd: 1, op: '>', target: 'z' },
          ],
        },
      },
    ]);
  });

  it('expands a command only when asked (so $? can be the status of the one before)', () => {
    const [first] = parseLine('echo $?');
    expect(expandCommand(first!.command, () => '0').words).toEqual(['echo', '0']);
    expect(expandCommand(first!.command, () => '1').words).toEqual(['echo', '1']);
  });

  it('refuses what the terminal does not offer, and unbalanced quotes, as syntax errors', () => {
    const message = (line: string) => {
      try {
        parseLine(line);
        return 'parsed';
      } catch (e) {
        return e instanceof ShellSyntaxError ? e.message : 'other';
      }
    };
    expect(message('a | b')).toBe('parsed');
    expect(message('a 2>&1')).toBe('parsed');
    expect(message('a >&x')).toBe('">&" is not supported in this terminal (no subshells, here-documents or background jobs)');
    expect(message('cat <<EOF')).toBe('"<<" is not supported in this terminal (no subshells, here-documents or background jobs)');
    expect(message('a & b')).toBe('"&" is not supported in this terminal (no subshells, here-documents or background jobs)');
    expect(message('a |& b')).toBe('"|&" is not supported in this terminal (no subshells, here-documents or background jobs)');
    expect(message('a |')).toBe("syntax error near unexpected token `newline'");
    expect(message('| b')).toBe("syntax error near unexpected token `|'");
    expect(message('a > > b')).toBe("syntax error near unexpected token `>'");
    expect(message('&& b')).toBe("syntax error near unexpected token `&&'");
    expect(message('echo >')).toBe("syntax error near unexpected token `newline'");
    expect(message('echo "a')).toBe('unexpected EOF while looking for matching `"\'');
    expect(message("echo 'a")).toBe("unexpected EOF while looking for matching `''");
  });

  it('takes a 16 MB word in one piece (no recursion, no backtracking)', () => {
    const word = 'x'.repeat(16 * 2 ** 20);
    const [only] = tokenize(`echo ${word}`);
    expect(only!.command.words[1]!.length).toBe(word.length);
  });
});

describe('parseLine keeps lines it parsed lately', () => {
  it('gives the same parse for a repeated line, expanded afresh each time it runs', () => {
    const line = 'echo $X && echo $?';
    const first = parseLine(line);
    expect(parseLine(line)).toBe(first);
    expect(first.map(({ command }) => expandCommand(command, (k) => ({ X: 'one', '?': '0' })[k]).words)).toEqual([
      ['echo', 'one'],
      ['echo', '0'],
    ]);
    expect(parseLine(line).map(({ command }) => expandCommand(command, (k) => ({ X: 'two', '?': '1' })[k]).words)).toEqual([
      ['echo', 'two'],
      ['echo', '1'],
    ]);
  });

  it('does not keep a long line, and forgets the oldest of many', () => {
    const long = `echo ${'x'.repeat(5000)}`;
    expect(parseLine(long)).not.toBe(parseLine(long));
    const oldest = parseLine('echo oldest');
    for (let i = 0; i < 200; i++) parseLine(`echo ${i}`);
    expect(parseLine('echo oldest')).not.toBe(oldest);
    expect(parseLine('echo oldest')).toEqual(oldest);
  });
});

// ps's COMMAND goes through Go's strconv.Quote, whose escapes differ from JSON's.
import { describe, expect, it } from 'vitest';
import { goQuote } from '../../../engine/format/text';

describe('goQuote (strconv.Quote)', () => {
  it.each([
    ['sh -c \'echo "hi"\'', '"sh -c \'echo \\"hi\\"\'"'],
    ['a\tb\nc', '"a\\tb\\nc"'],
    ['x\x01\x7f', '"x\\x01\\x7f"'],
    ['\x07\v', '"\\a\\v"'],
    ['é…', '"é…"'],
    ['\u00a0\u2028', '"\\u00a0\\u2028"'],
    ['back\\slash', '"back\\\\slash"'],
  ])('%j', (text, quoted) => {
    expect(goQuote(text)).toBe(quoted);
  });
});

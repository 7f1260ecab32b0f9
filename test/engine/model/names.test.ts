// Generated names follow moby's generateNewName: each retry is a fresh adjective_surname pair with
// a digit appended, and after six clashes the name is the 12-character ID.
import { describe, expect, it } from 'vitest';
import { generateName } from '../../../engine/model/names';
import { Random } from '../../../engine/model/random';

describe('generated container names', () => {
  it('retries draw a new pair plus one digit', () => {
    const first = generateName(new Random(7), () => false)!;
    let calls = 0;
    const retried = generateName(new Random(7), () => calls++ === 0)!;
    expect(retried).toMatch(/^[a-z]+_[a-z]+\d$/);
    expect(retried.replace(/\d$/, '')).not.toBe(first);
  });

  it('gives up after six clashes', () => {
    let calls = 0;
    expect(generateName(new Random(7), () => (calls++, true))).toBeUndefined();
    expect(calls).toBe(6);
  });
});

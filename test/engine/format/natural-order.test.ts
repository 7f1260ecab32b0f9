// engine/format/natural-order.ts: the order docker port lists bindings in.
import { describe, expect, it } from 'vitest';
import { naturalCompare } from '../../../engine/format/natural-order';

describe('natural order', () => {
  it('compares digit runs by value and puts digits before other characters', () => {
    const sorted = ['80/tcp -> [::]:8080', '443/tcp', '80/tcp -> 0.0.0.0:8080', '9/tcp', '080/tcp', 'a', '80/tcp'].sort(naturalCompare);
    // Equal values: the run with fewer leading zeros first, decided where the runs start.
    expect(sorted).toEqual(['9/tcp', '80/tcp', '80/tcp -> 0.0.0.0:8080', '80/tcp -> [::]:8080', '080/tcp', '443/tcp', 'a']);
    expect(naturalCompare('x2', 'x10')).toBeLessThan(0);
    expect(naturalCompare('same', 'same')).toBe(0);
  });
});

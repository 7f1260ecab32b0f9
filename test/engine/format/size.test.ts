// go-units HumanSizeWithPrecision / HumanSize are Go's %.*g: an exact decimal tie rounds to even.
import { describe, expect, it } from 'vitest';
import { humanSize, humanSize4 } from '../../../engine/format/size';

describe('human sizes', () => {
  it.each([
    [0, '0B'],
    [212, '212B'],
    [1000, '1kB'],
    [13300, '13.3kB'],
    [187_000_000, '187MB'],
    [2125, '2.12kB'],
    [2135, '2.13kB'],
    [21_250, '21.2kB'],
    [212_500, '212kB'],
    [10_250_000, '10.2MB'],
    [2375, '2.38kB'],
    [999_500, '1e+03kB'],
  ])('HumanSizeWithPrecision(%d, 3) = %s', (bytes, text) => {
    expect(humanSize(bytes)).toBe(text);
  });

  it.each([
    [160_900_000, '160.9MB'],
    [2_000_125, '2MB'],
    [1_000_250, '1MB'],
    [10_002_500, '10MB'],
    [1_232_500, '1.232MB'],
    [1_237_500, '1.238MB'],
  ])('HumanSize(%d) = %s', (bytes, text) => {
    expect(humanSize4(bytes)).toBe(text);
  });
});

// The "natural" order docker/cli sorts some lists in (fvbommel/sortorder NaturalLess, used by
// `docker port`): runs of digits compare by value, a digit sorts before any other character, and
// everything else compares byte by byte, so "8080" comes after "80" and "0.0.0.0" before "[::]".

const isDigit = (ch: string | undefined) => ch !== undefined && ch >= '0' && ch <= '9';

export function naturalCompare(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const da = isDigit(a[i]);
    const db = isDigit(b[j]);
    if (da !== db) return da ? -1 : 1;
    if (!da) {
      if (a[i] !== b[j]) return a[i]! < b[j]! ? -1 : 1;
      i++;
      j++;
      continue;
    }
    // Skip leading zeros, then compare the significant digits: a shorter run is a smaller number.
    while (a[i] === '0') i++;
    while (b[j] === '0') j++;
    const startA = i;
    const startB = j;
    while (isDigit(a[i])) i++;
    while (isDigit(b[j])) j++;
    const runA = a.slice(startA, i);
    const runB = b.slice(startB, j);
    if (runA.length !== runB.length) return runA.length - runB.length;
    if (runA !== runB) return runA < runB ? -1 : 1;
    // Equal values: fewer leading zeros first.
    if (startA !== startB) return startA - startB;
  }
  // Equal so far: the one that ends first comes first.
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}

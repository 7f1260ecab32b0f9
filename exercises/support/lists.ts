// Lists inside a check's message are cut, so a host with 30,000 containers still gives a message
// a person can read.

/** "a, b, c and 29,997 more" (at most `max` items named); "none" for an empty list. */
export function namedList(items: readonly string[], max = 5): string {
  if (items.length === 0) return 'none';
  if (items.length <= max) return items.join(', ');
  return `${items.slice(0, max).join(', ')} and ${(items.length - max).toLocaleString('en-US')} more`;
}

/**
 * At most `max` lines: all of them when they fit, else the first, "… N lines …", and the last
 * ones (an error's cause is usually at its end, after progress lines).
 */
export function elidedLines(lines: readonly string[], max: number, indent = ''): string[] {
  if (lines.length <= max) return lines.map((l) => indent + l);
  const tail = lines.slice(lines.length - (max - 2));
  const left = lines.length - 1 - tail.length;
  return [lines[0]!, `… ${left.toLocaleString('en-US')} more lines …`, ...tail].map((l) => indent + l);
}

// Tab completion on the prompt, bash style: one candidate completes the word, several extend it
// to their common prefix or, when they cannot, are listed.

export interface Completed {
  line: string;
  /** Candidates to show when the word cannot be extended (a second Tab in bash). */
  listing: string[];
}

function commonPrefix(words: string[]): string {
  let prefix = words[0] ?? '';
  for (const word of words) while (!word.startsWith(prefix)) prefix = prefix.slice(0, -1);
  return prefix;
}

/**
 * `candidates` come from host.complete(line): words that may replace the word being typed (or,
 * should the host answer with whole lines, lines that start with what is typed).
 */
export function completeLine(line: string, candidates: readonly string[]): Completed {
  const start = line.search(/\S*$/);
  const head = line.slice(0, start);
  const word = line.slice(start);
  const words = [
    ...new Set(candidates.map((c) => (c.startsWith(line) && c.length > line.length && head ? c.slice(head.length) : c))),
  ].filter((c) => c.startsWith(word));
  if (words.length === 0) return { line, listing: [] };
  if (words.length === 1) return { line: `${head}${words[0]} `, listing: [] };
  const prefix = commonPrefix(words);
  if (prefix.length > word.length) return { line: head + prefix, listing: [] };
  return { line, listing: words.sort() };
}

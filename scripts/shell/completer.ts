// Tab completion from the engine, in the shape Node's readline asks for: the candidates for the
// word being typed, and that word. readline itself extends a common prefix and lists the
// candidates when it cannot, as bash does on a second Tab.
import type { Host } from '../../engine/index';

export function completer(host: Host): (line: string) => [string[], string] {
  return (line) => {
    const head = line.slice(0, line.search(/\S*$/));
    const word = line.slice(head.length);
    // host.complete answers words for the last word; whole lines are cut back to that word.
    const hits = host
      .complete(line)
      .map((c) => (head && c.startsWith(line) && c.length > line.length ? c.slice(head.length) : c))
      .filter((c) => c.startsWith(word));
    const unique = [...new Set(hits)].sort();
    // One candidate completes the word and, as in bash, adds the space before the next one.
    return [unique.length === 1 ? [`${unique[0]} `] : unique, word];
  };
}

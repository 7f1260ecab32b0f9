// Exercise 15, reference solution.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export type BuildContext = Readonly<Record<string, { content: string; mtime: number }>>;

export interface StepResult {
  instruction: string;
  key: string;
  cached: boolean;
  createsLayer: boolean;
}

const LAYER_MAKERS = new Set(['RUN', 'COPY', 'ADD', 'WORKDIR']);

/** WORKDIR makes its directory in a layer, unless the path is / (buildkit dockerfile2llb/convert.go dispatchWorkdir). */
const makesLayer = (op: string, args: string[]) => LAYER_MAKERS.has(op) && !(op === 'WORKDIR' && args[0] === '/');

function hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

/** For COPY/ADD: a digest of the sources' names and contents (mtime deliberately left out). */
function sourcesDigest(args: string[], context: BuildContext): string {
  const sources = args.slice(0, -1).sort();
  return hex(sources.map((name) => `${name}\0${hex(context[name]?.content ?? '')}`).join('\n'));
}

export function build(dockerfile: string, context: BuildContext, cache: Set<string>, options: { noCache?: boolean } = {}): StepResult[] {
  const lines = dockerfile
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const results: StepResult[] = [];
  let parent = '';
  let missed = options.noCache === true;
  for (const instruction of lines) {
    const [op = '', ...args] = instruction.split(/\s+/);
    const upper = op.toUpperCase();
    const files = upper === 'COPY' || upper === 'ADD' ? `\n${sourcesDigest(args, context)}` : '';
    const key = hex(`${parent}\n${instruction}${files}`);
    // Once one step is rebuilt, everything after it is rebuilt too.
    missed ||= !cache.has(key);
    results.push({ instruction, key, cached: !missed, createsLayer: makesLayer(upper, args) });
    parent = key;
  }
  for (const r of results) cache.add(r.key);
  return results;
}

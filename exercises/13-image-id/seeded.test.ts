// Checks on configs drawn from the run's seed (printed with the score; `npm test -- --seed=N`
// replays them): an answer that knows only the README's examples fails here.
import { createHash } from 'node:crypto';
import { check, checkEqual, seededRandom, test } from '../../grader/harness';
import { canonicalJson, chainId, imageId, sha256Hex, type Json } from './image-id';

const sha = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

/** The rule, written independently of the learner's file: keys sorted by code unit at every depth. */
function canonical(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(value[k]!)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

function draw(random: () => number, depth: number): Json {
  const pick = Math.floor(random() * (depth > 2 ? 4 : 6));
  const word = (): string => Array.from({ length: 1 + Math.floor(random() * 6) }, () => 'aBz_é9 "'[Math.floor(random() * 8)]).join('');
  if (pick === 0) return Math.floor(random() * 1000) - 500;
  if (pick === 1) return word();
  if (pick === 2) return random() < 0.5;
  if (pick === 3) return null;
  if (pick === 4) return Array.from({ length: Math.floor(random() * 4) }, () => draw(random, depth + 1));
  const object: Record<string, Json> = {};
  for (let i = Math.floor(random() * 5); i > 0; i--) object[word()] = draw(random, depth + 1);
  return object;
}

const diffId = (random: () => number): string => `sha256:${sha(String(random()))}`;

test('canonicalJson, sha256Hex and imageId agree with the rule on configs drawn from the seed', () => {
  const random = seededRandom('13-image-id configs');
  for (let i = 0; i < 25; i++) {
    const config: Json = {
      architecture: 'amd64',
      os: 'linux',
      config: draw(random, 0),
      rootfs: { type: 'layers', diff_ids: [diffId(random)] },
    };
    const text = canonical(config);
    checkEqual(canonicalJson(config), text, `canonicalJson of a generated config ${text.slice(0, 80)}`);
    checkEqual(sha256Hex(text), sha(text), `sha256Hex of ${text.slice(0, 80)}`);
    checkEqual(imageId(config), `sha256:${sha(text)}`, `imageId of a generated config ${text.slice(0, 80)}`);
  }
});

test('chainId follows the recursion on layer stacks drawn from the seed', () => {
  const random = seededRandom('13-image-id chains');
  for (let i = 0; i < 10; i++) {
    const ids = Array.from({ length: 1 + Math.floor(random() * 5) }, () => diffId(random));
    const expected = ids.slice(1).reduce((chain, id) => `sha256:${sha(`${chain} ${id}`)}`, ids[0]!);
    const got = chainId(ids);
    check(got === expected, `chainId of ${ids.length} generated layers: expected ${expected}, got ${got}`);
  }
});

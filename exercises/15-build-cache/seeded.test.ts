// Checks on Dockerfiles, build contexts and edits between builds drawn from the run's seed
// (printed with the score; `npm test -- --seed=N` replays them): an answer that knows only the
// README's and the fixed checks' examples fails here. How a key is hashed is the learner's
// choice, so the check compares keys with each other, never with a digest of its own: a model
// written for this check alone says which steps are the same (same lines and copied contents
// from the first step on), and so which keys must be equal and which steps are cached.
import { CheckFailure, check, checkEqual, seededRandom, test } from '../../grader/harness';
import { build, type BuildContext, type StepResult } from './build-cache';

/** checkEqual with the drawn input after the difference, so a long input does not hide it. */
function equal<T>(actual: T, expected: T, what: string, input: string): void {
  try {
    checkEqual(actual, expected, what);
  } catch (error) {
    throw error instanceof CheckFailure ? new CheckFailure(`${error.message}${input}`) : error;
  }
}

type Context = Record<string, { content: string; mtime: number }>;

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const between = (random: () => number, low: number, high: number): number => low + Math.floor(random() * (high - low + 1));

/** The instruction lines: blank lines and `#` comments skipped. */
const instructionsOf = (dockerfile: string): string[] => dockerfile.split('\n').filter((line) => line !== '' && !line.startsWith('#'));

const isCopy = (line: string): boolean => line.startsWith('COPY ') || line.startsWith('ADD ');
const sourcesOf = (line: string): string[] => line.split(' ').slice(1, -1);

function createsLayer(line: string): boolean {
  const [op, arg] = line.split(' ');
  if (op === 'WORKDIR') return arg !== '/';
  return op === 'RUN' || op === 'COPY' || op === 'ADD';
}

/** What makes step i what it is: every line up to it and, for COPY/ADD, the copied contents (never mtimes). */
function identities(dockerfile: string, context: BuildContext): string[] {
  const parts: unknown[] = [];
  return instructionsOf(dockerfile).map((line) => {
    parts.push(isCopy(line) ? [line, ...sourcesOf(line).map((name) => context[name]!.content)] : [line]);
    return JSON.stringify(parts);
  });
}

const FILE_NAMES = ['index.html', 'style.css', 'app.js', 'package.json', 'notes.txt', 'main.go', 'config.yaml'];
const randomContent = (random: () => number): string =>
  Array.from({ length: between(random, 1, 12) }, () => pick(random, [...'abc xyz{}();=\n01'])).join('');

function randomContext(random: () => number): Context {
  const context: Context = {};
  for (const name of FILE_NAMES)
    if (random() < 0.7) context[name] = { content: randomContent(random), mtime: between(random, 1, 1_000_000) };
  if (Object.keys(context).length < 2) {
    context['a.txt'] = { content: randomContent(random), mtime: 1 };
    context['b.txt'] = { content: randomContent(random), mtime: 1 };
  }
  return context;
}

function randomInstruction(random: () => number, context: Context): string {
  const names = Object.keys(context);
  const roll = random();
  if (roll < 0.3)
    return `RUN ${pick(random, ['apk add curl', 'apt-get update', 'npm ci', 'echo hi', 'make build', 'mkdir -p /data'])}${random() < 0.5 ? ` && echo ${between(random, 1, 99)}` : ''}`;
  if (roll < 0.5) {
    const sources = [...new Set(Array.from({ length: between(random, 1, 3) }, () => pick(random, names)))];
    return `${random() < 0.75 ? 'COPY' : 'ADD'} ${sources.join(' ')} ${pick(random, ['/app/', '/usr/share/nginx/html/', '.', '/srv/'])}`;
  }
  if (roll < 0.62) return `WORKDIR ${pick(random, ['/', '/app', '/srv/www', 'build', '/'])}`;
  return pick(random, [
    `ENV MODE=${pick(random, ['dev', 'prod', 'test'])}`,
    `EXPOSE ${pick(random, [80, 443, 3000, 8080])}`,
    'CMD ["nginx", "-g", "daemon off;"]',
    `LABEL version=${between(random, 1, 9)}`,
    `USER ${pick(random, ['app', 'nobody', '1000'])}`,
    `ARG BUILD=${between(random, 1, 9)}`,
    'ENTRYPOINT ["/docker-entrypoint.sh"]',
  ]);
}

function randomDockerfile(random: () => number, context: Context): string[] {
  const lines = [`FROM ${pick(random, ['alpine:3.22', 'debian:trixie', 'nginx:1.29', 'node:24-alpine'])}`];
  for (let n = between(random, 2, 8); n > 0; n--) lines.push(randomInstruction(random, context));
  return lines;
}

/** The lines as a file: sometimes with comments and blank lines, sometimes without a last newline. */
function asFile(random: () => number, lines: readonly string[]): string {
  const out: string[] = random() < 0.5 ? ['# syntax=docker/dockerfile:1'] : [];
  for (const line of lines) {
    if (random() < 0.15) out.push(random() < 0.5 ? '' : `# ${pick(random, ['install', 'copy the site', 'TODO: pin versions'])}`);
    out.push(line);
  }
  return out.join('\n') + (random() < 0.7 ? '\n' : '');
}

interface Version {
  lines: string[];
  context: Context;
  /** How this version came from the previous one, for messages. */
  change: string;
}

const cloneContext = (context: Context): Context => Object.fromEntries(Object.entries(context).map(([k, v]) => [k, { ...v }]));

/** The next build's inputs: one edit a person makes between two builds. */
function edit(random: () => number, previous: Version, history: readonly Version[]): Version {
  const lines = [...previous.lines];
  const context = cloneContext(previous.context);
  const names = Object.keys(context);
  const copies = lines.map((line, i) => [line, i] as const).filter(([line]) => isCopy(line) && sourcesOf(line).length >= 2);
  const roll = random();
  if (roll < 0.12) return { lines, context, change: 'nothing changed' };
  if (roll < 0.27) {
    const i = between(random, 0, lines.length - 1);
    lines[i] = i === 0 ? `FROM ${pick(random, ['alpine:3.23', 'debian:bookworm', 'ubuntu:24.04'])}` : randomInstruction(random, context);
    return { lines, context, change: `line ${i + 1} became ${JSON.stringify(lines[i])}` };
  }
  if (roll < 0.4) {
    const name = pick(random, names);
    context[name] = { content: `${context[name]!.content}${randomContent(random)}`, mtime: context[name]!.mtime + 1 };
    return { lines, context, change: `${name}'s content became ${JSON.stringify(context[name]!.content)}` };
  }
  if (roll < 0.5) {
    const name = pick(random, names);
    context[name] = { ...context[name]!, mtime: context[name]!.mtime + between(random, 1, 100_000) };
    return { lines, context, change: `${name} was touched (new mtime, same content)` };
  }
  if (roll < 0.6 && copies.length > 0) {
    // Two copied files trade characters: the same text overall, other files' contents.
    const [line] = pick(random, copies);
    const [a, b] = sourcesOf(line) as [string, string];
    const joined = context[a]!.content + context[b]!.content;
    const cut = between(random, 0, joined.length);
    if (cut === context[a]!.content.length) return { lines, context, change: 'nothing changed' };
    context[a] = { ...context[a]!, content: joined.slice(0, cut) };
    context[b] = { ...context[b]!, content: joined.slice(cut) };
    return {
      lines,
      context,
      change: `${a} and ${b} became ${JSON.stringify(context[a]!.content)} and ${JSON.stringify(context[b]!.content)} (the same text split elsewhere)`,
    };
  }
  if (roll < 0.7) {
    const i = between(random, 1, lines.length);
    const line = randomInstruction(random, context);
    lines.splice(i, 0, line);
    return { lines, context, change: `${JSON.stringify(line)} was inserted as line ${i + 1}` };
  }
  if (roll < 0.78 && lines.length > 2) {
    const i = between(random, 1, lines.length - 1);
    const [gone] = lines.splice(i, 1);
    return { lines, context, change: `line ${i + 1}, ${JSON.stringify(gone)}, was deleted` };
  }
  const back = between(random, 0, history.length - 1);
  return {
    lines: [...history[back]!.lines],
    context: cloneContext(history[back]!.context),
    change: `back to the inputs of build ${back + 1}`,
  };
}

const flags = (steps: readonly { cached: boolean }[]): string => steps.map((s) => (s.cached ? 'C' : '-')).join('');

test('cached steps, layers and keys follow the cache rule across builds drawn from the seed', () => {
  const random = seededRandom('15-build-cache builds');
  for (let round = 0; round < 12; round++) {
    const context = randomContext(random);
    let version: Version = { lines: randomDockerfile(random, context), context, change: 'first build' };
    // Keys of earlier builds a cache may already hold: none of them is a step of these builds.
    const cache = new Set(Array.from({ length: between(random, 0, 3) }, (_, i) => `${i}`.repeat(64)));
    const junk = cache.size;
    const keyOf = new Map<string, string>();
    const history: Version[] = [];
    const log: string[] = [];
    for (let n = 0; n < 8; n++) {
      if (n > 0) version = edit(random, version, history);
      history.push(version);
      const noCache = n > 0 && random() < 0.12;
      const dockerfile = asFile(random, version.lines);
      log.push(`build ${n + 1}${noCache ? ' with noCache' : ''}: ${version.change}`);
      const where = `\n    input: Dockerfile ${JSON.stringify(dockerfile)}, context ${JSON.stringify(version.context)}; ${log.join('; ')}`;
      const ids = identities(dockerfile, version.context);
      const expectedFlags = ids.map((id) => (!noCache && keyOf.has(id) ? 'C' : '-')).join('');
      const steps: StepResult[] = build(dockerfile, version.context, cache, noCache ? { noCache } : {});
      equal(
        steps.map((s) => s.instruction),
        instructionsOf(dockerfile),
        `the steps' instructions`,
        where,
      );
      equal(flags(steps), expectedFlags, `cached flags (C = cached)`, where);
      equal(
        steps.map((s) => s.createsLayer),
        version.lines.map(createsLayer),
        `createsLayer of each step`,
        where,
      );
      steps.forEach((step, i) => {
        check(/^[0-9a-f]{64}$/.test(step.key), `the key of step ${i + 1} should be 64 lowercase hex characters, got ${step.key}${where}`);
        const known = keyOf.get(ids[i]!);
        if (known !== undefined) {
          check(
            step.key === known,
            `step ${i + 1}, ${JSON.stringify(step.instruction)}, got another key than when it was built with the same lines and files before${where}`,
          );
        } else {
          const clash = [...keyOf].find(([, key]) => key === step.key);
          check(
            clash === undefined,
            `step ${i + 1}, ${JSON.stringify(step.instruction)}, got the key of an earlier step whose lines or copied files differ${where}`,
          );
          keyOf.set(ids[i]!, step.key);
        }
        check(cache.has(step.key), `the cache does not hold the key of step ${i + 1} after the build: add every key to it${where}`);
      });
      equal(
        cache.size,
        junk + keyOf.size,
        `the number of keys in the cache (the ${junk} it held before, plus every distinct step built)`,
        where,
      );
    }
  }
});

test('a file the Dockerfiles drawn from the seed never copy does not matter, a copied one does', () => {
  const random = seededRandom('15-build-cache context');
  for (let round = 0; round < 20; round++) {
    const context = randomContext(random);
    const lines = randomDockerfile(random, context);
    const dockerfile = asFile(random, lines);
    const cache = new Set<string>();
    const first = build(dockerfile, context, cache);
    const copied = new Set(lines.filter(isCopy).flatMap(sourcesOf));
    const name = pick(random, Object.keys(context));
    const edited = cloneContext(context);
    edited[name] = { content: `${context[name]!.content}!`, mtime: context[name]!.mtime };
    const firstUse = lines.findIndex((line) => isCopy(line) && sourcesOf(line).includes(name));
    const expected = lines.map((_, i) => (firstUse === -1 || i < firstUse ? 'C' : '-')).join('');
    const where = `\n    input: Dockerfile ${JSON.stringify(dockerfile)}, context ${JSON.stringify(context)}, then ${name} ${copied.has(name) ? '(copied)' : '(never copied)'} edited to ${JSON.stringify(edited[name]!.content)}`;
    const again = build(dockerfile, edited, cache);
    equal(flags(again), expected, `cached flags of the second build`, where);
    if (firstUse === -1 && again.some((s, i) => s.key !== first[i]!.key)) {
      throw new CheckFailure(`editing a file no COPY or ADD uses changed a key${where}`);
    }
  }
});

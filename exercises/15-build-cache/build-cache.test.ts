import { test, check, checkEqual } from '../../grader/harness';
import { build, type BuildContext, type StepResult } from './build-cache';

const DOCKERFILE = `# a small web image
FROM nginx:1.29
ENV GREETING=hello
RUN apt-get update
COPY index.html style.css /usr/share/nginx/html/
RUN chmod -R a+r /usr/share/nginx/html
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
`;

const context = (): Record<string, { content: string; mtime: number }> => ({
  'index.html': { content: '<h1>Hello</h1>', mtime: 1000 },
  'style.css': { content: 'h1 { color: teal }', mtime: 1000 },
  'notes.txt': { content: 'not copied anywhere', mtime: 1000 },
});

const flags = (steps: StepResult[]): string => steps.map((s) => (s.cached ? 'C' : '-')).join('');

test('the first build reuses nothing and gives every step a 64-hex key', () => {
  const steps = build(DOCKERFILE, context(), new Set());
  checkEqual(steps.map((s) => s.instruction)[0], 'FROM nginx:1.29', 'the first step (comments and blank lines are skipped)');
  checkEqual(steps.length, 7, 'number of steps');
  checkEqual(flags(steps), '-------', 'cached flags of a first build (C = cached)');
  for (const s of steps)
    check(/^[0-9a-f]{64}$/.test(s.key), `the key of "${s.instruction}" should be 64 lowercase hex characters, got ${s.key}`);
  check(new Set(steps.map((s) => s.key)).size === 7, "two steps share a key: each key must chain the previous step's key");
});

test('building the same thing again reuses every step, with the same keys', () => {
  const cache = new Set<string>();
  const first = build(DOCKERFILE, context(), cache);
  const second = build(DOCKERFILE, context(), cache);
  checkEqual(flags(second), 'CCCCCCC', 'cached flags of the second build');
  checkEqual(
    second.map((s) => s.key),
    first.map((s) => s.key),
    'keys of the second build',
  );
});

test('changing a RUN line rebuilds that step and every later one', () => {
  const cache = new Set<string>();
  build(DOCKERFILE, context(), cache);
  const steps = build(DOCKERFILE.replace('RUN apt-get update', 'RUN apt-get update && apt-get install -y curl'), context(), cache);
  checkEqual(flags(steps), 'CC-----', 'cached flags after editing the first RUN');
});

test("changing a copied file's content rebuilds from the COPY on", () => {
  const cache = new Set<string>();
  build(DOCKERFILE, context(), cache);
  const edited = { ...context(), 'style.css': { content: 'h1 { color: red }', mtime: 1000 } };
  checkEqual(flags(build(DOCKERFILE, edited, cache)), 'CCC----', 'cached flags after editing style.css');
});

test('touching a copied file (new mtime, same content) or editing an uncopied file keeps the cache', () => {
  const cache = new Set<string>();
  build(DOCKERFILE, context(), cache);
  const touched: BuildContext = { ...context(), 'index.html': { content: '<h1>Hello</h1>', mtime: 99_999 } };
  checkEqual(flags(build(DOCKERFILE, touched, cache)), 'CCCCCCC', 'cached flags after only the mtime of index.html changed');
  const notes: BuildContext = { ...context(), 'notes.txt': { content: 'edited', mtime: 2000 } };
  checkEqual(flags(build(DOCKERFILE, notes, cache)), 'CCCCCCC', 'cached flags after editing notes.txt, which no COPY uses');
});

test("a step's key depends on everything before it, not only on its own line", () => {
  const a = build('FROM alpine:3.22\nRUN echo hi', context(), new Set());
  const b = build('FROM debian:trixie\nRUN echo hi', context(), new Set());
  check(a[1]!.key !== b[1]!.key, 'RUN echo hi got the same key on two different base images: chain the previous key into each key');
  const cache = new Set<string>();
  build('FROM alpine:3.22\nRUN echo hi', context(), cache);
  checkEqual(flags(build('FROM debian:trixie\nRUN echo hi', context(), cache)), '--', 'cached flags after changing only FROM');
});

test('only RUN, COPY, ADD and WORKDIR (to a directory other than /) create layers', () => {
  const steps = build(DOCKERFILE, context(), new Set());
  checkEqual(
    steps.filter((s) => s.createsLayer).map((s) => s.instruction.split(' ')[0]),
    ['RUN', 'COPY', 'RUN'],
    'the instructions that create a layer',
  );
  // BuildKit's dispatchWorkdir makes the directory (a layer) unless the path is / (dockerfile2llb/convert.go).
  checkEqual(
    build('FROM alpine:3.23\nWORKDIR /app\nWORKDIR /\nENV A=b\nADD a.txt .', { 'a.txt': { content: 'a', mtime: 1 } }, new Set()).map(
      (s) => s.createsLayer,
    ),
    [false, true, false, false, true],
    'createsLayer for FROM, WORKDIR /app, WORKDIR /, ENV, ADD',
  );
});

test('--no-cache rebuilds everything but computes the same keys', () => {
  const cache = new Set<string>();
  const first = build(DOCKERFILE, context(), cache);
  const again = build(DOCKERFILE, context(), cache, { noCache: true });
  checkEqual(flags(again), '-------', 'cached flags with noCache');
  checkEqual(
    again.map((s) => s.key),
    first.map((s) => s.key),
    'keys with noCache',
  );
});

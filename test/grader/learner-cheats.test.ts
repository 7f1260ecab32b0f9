// Issue 15's cheats written in learners' own files, graded by the real grader on a copy of the
// kit: each ends as an error or a failure with 0 points, never as passed.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { gradeRun, type GradeRun } from '../../grader/grade';
import { kitCopy, removeTempRoot } from './helpers/temp-kit';

let root: string;
let run: GradeRun;
const ex = (id: string) => run.exercises.find((e) => e.id.startsWith(id))!;

beforeAll(async () => {
  root = kitCopy({ solutions: true }).root;
  const file = (path: string) => join(root, 'exercises', path);
  const starter = (path: string) => readFileSync(join(root, 'exercises', path), 'utf8');
  // 02: every answer left UNANSWERED, and JSON.stringify made to say the same of everything.
  writeFileSync(
    file('02-blueprint-or-house/answers.ts'),
    `${starter('02-blueprint-or-house/answers.ts')}\nJSON.stringify = () => 'same';\n`,
  );
  // 08: the check registry reached by its old global symbol (a name built at run time) and emptied.
  writeFileSync(
    file('08-copy-on-write/layered-fs.ts'),
    `${starter('08-copy-on-write/layered-fs.ts')}\nconst key = Symbol.for(['image-is-not-a-container', 'grader', 'tests'].join('.'));\n` +
      `const registry = (globalThis as Record<symbol, unknown[] | undefined>)[key];\nif (registry) registry.length = 0;\nthrow new Error('layered-fs is not written');\n`,
  );
  // 13: chainId as a lookup table of the README's known chains.
  writeFileSync(
    file('13-image-id/image-id.ts'),
    starter('13-image-id/image-id.ts').replace(
      /export function chainId\(diffIds: readonly string\[\]\): string \{[\s\S]*?\n\}\n/,
      `export function chainId(diffIds: readonly string[]): string {
  const known: Record<string, string> = {
    'sha256:a': 'sha256:a',
    'sha256:a,sha256:b': 'sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8',
    'sha256:a,sha256:b,sha256:c': 'sha256:dee159b33409cefa3f6eda71539f006014283e9d9130c18a1dea7bd8a33c9b1b',
  };
  return known[diffIds.join(',')] ?? 'sha256:0';
}
`,
    ),
  );
  // 14: the engine's own implementation re-exported.
  writeFileSync(
    file('14-ps-table/ps.ts'),
    starter('14-ps-table/ps.ts').replace(
      /export function humanDuration\(ms: number\): string \{[\s\S]*?\n\}\n/,
      "export { humanDuration } from '../../engine/format/duration';\n",
    ),
  );
  // 04: the engine reached by a dynamic import the text does not spell out (the resolve hook refuses it).
  writeFileSync(
    file('04-class-and-object/image.ts'),
    `${starter('04-class-and-object/image.ts')}\nawait import(['..', '..', 'engine', 'index'].join('/'));\n`,
  );
  run = await gradeRun({ root, ids: ['02', '04', '08', '13', '14'], timeoutMs: 20_000, seed: 12345 });
}, 300_000);
afterAll(() => removeTempRoot(root));

test('02: replacing JSON.stringify is an error naming it, with 0 points', () => {
  expect(ex('02').status).toBe('error');
  expect(ex('02').points).toBe(0);
  expect(ex('02').message).toContain('JSON.stringify');
});

test('04: a dynamic import of the engine is refused at run time', () => {
  expect(ex('04').status).toBe('error');
  expect(ex('04').message).toContain('which this exercise does not allow');
});

test('08: the check registry is not on globalThis, so the checks still run and fail', () => {
  expect(ex('08').status).not.toBe('passed');
  expect(ex('08').points).toBe(0);
  expect(ex('08').message).toContain('layered-fs is not written');
});

test('13: a lookup table for the known chains fails the checks drawn from the seed', () => {
  const e = ex('13');
  expect(e.status).toBe('in_progress');
  expect(e.points).toBe(0);
  expect(e.tests.filter((t) => t.status === 'failed').map((t) => t.name)).toEqual([
    'chainId follows the recursion on layer stacks drawn from the seed',
  ]);
  expect(run.seed).toBe(12345);
});

test('14: re-exporting the engine is an error before any check runs', () => {
  expect(ex('14').status).toBe('error');
  expect(ex('14').message).toBe(
    'exercises/14-ps-table/ps.ts imports "../../engine/format/duration", which this exercise does not allow: a learner\'s file may import files of its own folder (exercises/14-ps-table/), exercises/support/todo.ts. Write the code yourself instead of reusing the engine or the grader.',
  );
});

test('every graded learner file is recorded with its sha256', () => {
  expect(Object.keys(ex('13').files ?? {})).toEqual(['exercises/13-image-id/image-id.ts']);
  expect(ex('13').files!['exercises/13-image-id/image-id.ts']).toMatch(/^[0-9a-f]{64}$/);
});

// Issue 15's seeded checks: the reference solution with the answers the README and the fixed
// checks show hard-coded passes every fixed check, and fails only the checks drawn from the seed.
describe('answers hard-coded for the known examples fail the checks drawn from the seed', () => {
  let seededRoot: string;
  let seeded: GradeRun;
  const graded = (id: string) => seeded.exercises.find((e) => e.id.startsWith(id))!;

  beforeAll(async () => {
    seededRoot = kitCopy({ solutions: true }).root;
    const path = (file: string) => join(seededRoot, 'exercises', file);
    const rewrite = (file: string, from: string, to: string) => {
      const text = readFileSync(path(file), 'utf8');
      if (!text.includes(from)) throw new Error(`${file} no longer holds ${from}`);
      writeFileSync(path(file), text.replace(from, to));
    };
    // 04: the error names the container of the fixed check, whatever the container.
    rewrite(
      '04-class-and-object/image.ts',
      'new Error(`container ${this.name} is not running`)',
      "new Error('container web is not running')",
    );
    // 08: the kinds of the directories above a change, from the fixed check's example.
    rewrite(
      '08-copy-on-write/layered-fs.ts',
      "changes.set(d, lowerDirs.has(d) ? 'C' : 'A')",
      "changes.set(d, ({ '/bin': 'C', '/etc': 'C', '/var': 'A', '/var/log': 'A', '/var/log/app': 'A' } as Record<string, Change['kind']>)[d] ?? 'A')",
    );
    // 10: the README's container ID and the fixed check's name in every message.
    const lifecycle = readFileSync(path('10-state-machine/lifecycle.ts'), 'utf8');
    writeFileSync(
      path('10-state-machine/lifecycle.ts'),
      lifecycle.replaceAll('${c.id}', '3f4c1b0e9a2d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a19080').replaceAll('${c.name}', 'web'),
    );
    // 14: the PORTS cells of the README and the fixed checks, looked up.
    const ps = readFileSync(path('14-ps-table/ps.ts'), 'utf8');
    const lookup = `export function formatPorts(ports: readonly PortBinding[]): string {
  const known: Record<string, string> = {
    '[]': '',
    '[{"hostIp":"0.0.0.0","hostPort":8080,"containerPort":80,"protocol":"tcp"}]': '0.0.0.0:8080->80/tcp',
    '[{"hostIp":"0.0.0.0","hostPort":8080,"containerPort":80,"protocol":"tcp"},{"hostIp":"::","hostPort":8080,"containerPort":80,"protocol":"tcp"}]':
      '0.0.0.0:8080->80/tcp, [::]:8080->80/tcp',
  };
  return known[JSON.stringify(ports)] ?? '';
}
`;
    const pattern = /export function formatPorts\(ports: readonly PortBinding\[\]\): string \{[\s\S]*?\n\}\n/;
    if (!pattern.test(ps)) throw new Error('14-ps-table/ps.ts no longer holds formatPorts');
    writeFileSync(path('14-ps-table/ps.ts'), ps.replace(pattern, lookup));
    // 15: the instructions that create a layer, as the fixed checks list them.
    rewrite(
      '15-build-cache/build-cache.ts',
      'createsLayer: makesLayer(upper, args)',
      `createsLayer: [
        'RUN apt-get update',
        'RUN apt-get update && apt-get install -y curl',
        'COPY index.html style.css /usr/share/nginx/html/',
        'RUN chmod -R a+r /usr/share/nginx/html',
        'RUN echo hi',
        'WORKDIR /app',
        'ADD a.txt .',
      ].includes(instruction) && makesLayer(upper, args)`,
    );
    seeded = await gradeRun({ root: seededRoot, ids: ['04', '08', '10', '14', '15'], timeoutMs: 20_000, seed: 424242 });
  }, 300_000);
  afterAll(() => removeTempRoot(seededRoot));

  const failedChecks = (id: string) => {
    const e = graded(id);
    expect({ status: e.status, points: e.points }).toEqual({ status: 'in_progress', points: 0 });
    return e.tests.filter((t) => t.status === 'failed').map((t) => t.name);
  };

  test("04: an error message naming the fixed check's container", () => {
    expect(failedChecks('04')).toEqual(['containers made from one image follow a model through operations drawn from the seed']);
  });

  test("08: the directories' kinds of the fixed check's example", () => {
    expect(failedChecks('08')).toEqual(['read, write, append, remove, upper and diff follow a model on layer stacks drawn from the seed']);
  });

  test("10: the README's container ID and the fixed check's name", () => {
    expect(failedChecks('10')).toEqual([
      'every action in every state, for container IDs and names drawn from the seed',
      'action sequences drawn from the seed: each state follows from the previous answer',
    ]);
  });

  test('14: the PORTS cells of the examples, looked up', () => {
    expect(failedChecks('14')).toEqual([
      'formatStatus and formatPorts agree with Docker on containers drawn from the seed',
      'formatPs prints the tables of container lists drawn from the seed, with and without -a',
    ]);
  });

  test('15: the layer-making instructions of the fixed checks, listed', () => {
    expect(failedChecks('15')).toEqual(['cached steps, layers and keys follow the cache rule across builds drawn from the seed']);
    expect(seeded.seed).toBe(424242);
  });
});

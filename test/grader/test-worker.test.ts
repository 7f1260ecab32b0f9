// The result channel of the check worker (test-worker.ts, test-pool.ts): a learner's file that
// reaches Node's internals without an import (names built at run time, so no text check sees
// them) to post "passed" itself, or to write to the kit, ends as an error naming what it tried;
// the honest solutions beside them still pass. Graded by the real grader on a copy of the kit.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { gradeRun, type GradeRun } from '../../grader/grade';
import { hatchMessage } from '../../grader/escape-hatches';
import { kitCopy, removeTempRoot } from './helpers/temp-kit';

let root: string;
let run: GradeRun;
const ex = (id: string) => run.exercises.find((e) => e.id.startsWith(id))!;

/**
 * Posts a whole passing run on `port`, as the worker would: every check of the exercise
 * "registered" and "passed", then "done". `names` are the exercise's real check names.
 */
const forge = (port: string, names: string[], extra = '') => `
const names: string[] = ${JSON.stringify(names)};
${port}.postMessage({ type: 'registered', names${extra} });
for (const name of names) ${port}.postMessage({ type: 'test', outcome: { name, status: 'passed' }${extra} });
${port}.postMessage({ type: 'done'${extra} });
`;

/** The process object, reached so that the type check (no node types) and the text check let it through. */
const proc = `const proc = (globalThis as Record<string, any>)['pro' + 'cess'];`;

beforeAll(async () => {
  root = kitCopy({ solutions: false }).root;
  const file = (path: string) => join(root, 'exercises', path);
  const starter = (path: string) => readFileSync(file(path), 'utf8');
  const solution = (path: string) => readFileSync(join(root, 'solutions', path), 'utf8');
  const names = (id: string, test: string) =>
    [...readFileSync(file(`${id}/${test}`), 'utf8').matchAll(/^test\(\s*'([^']+)'/gm)].map((m) => m[1]!);
  // 04: worker_threads' parentPort through process.getBuiltinModule, its name spelled at run time.
  writeFileSync(
    file('04-class-and-object/image.ts'),
    `${starter('04-class-and-object/image.ts')}\n${proc}\nconst wt = proc['getBuilt' + 'inModule']('worker_' + 'threads');\n${forge('wt.parentPort', names('04-class-and-object', 'image.test.ts'))}`,
  );
  // 08: the kit the next checks load, overwritten through the internal fs binding.
  writeFileSync(
    file('08-copy-on-write/layered-fs.ts'),
    `${starter('08-copy-on-write/layered-fs.ts')}\n${proc}\nconst fs = proc['bind' + 'ing']('fs');\nfs.writeString(0, 'x');\n`,
  );
  // 10: a native addon, and the linked bindings.
  writeFileSync(
    file('10-state-machine/lifecycle.ts'),
    `${starter('10-state-machine/lifecycle.ts')}\n${proc}\ntry { proc['_linked' + 'Binding']('x'); } catch (e) { console.log(e); }\nproc['dl' + 'open']({ exports: {} }, '/tmp/x.node');\n`,
  );
  // 13: createRequire from node:module, with import.meta.url; the name assembled at run time.
  writeFileSync(
    file('13-image-id/image-id.ts'),
    `${starter('13-image-id/image-id.ts')}\nconst mod = await import(['node', 'module'].join(':'));\nconst req = mod.createRequire((import.meta as unknown as Record<string, string>)['url']);\n${forge("req('node:worker_' + 'threads').parentPort", names('13-image-id', 'image-id.test.ts'))}`,
  );
  // 15: the CommonJS way in, globalThis.process.mainModule.require.
  writeFileSync(
    file('15-build-cache/build-cache.ts'),
    `${starter('15-build-cache/build-cache.ts')}\n${proc}\n${forge("proc.mainModule.require('worker_' + 'threads').parentPort", names('15-build-cache', 'build-cache.test.ts'))}`,
  );
  // 02: a CommonJS helper beside the starter (.cts), where `require` exists: its require goes
  // through the import guard too (it would sign with workerData's token, which is wiped anyway).
  writeFileSync(
    file('02-blueprint-or-house/post.cts'),
    `const wt = eval('require')('node:worker_' + 'threads');\nconst token = wt.workerData?.token;\n${forge('wt.parentPort', names('02-blueprint-or-house', 'answers.test.ts'), ', token')}`,
  );
  writeFileSync(file('02-blueprint-or-house/answers.ts'), `import './post.cts';\n${starter('02-blueprint-or-house/answers.ts')}`);
  // 14: solved honestly; it runs on the same kind of worker after the others.
  writeFileSync(file('14-ps-table/ps.ts'), solution('14-ps-table/ps.ts'));
  run = await gradeRun({ root, ids: ['02', '04', '08', '10', '13', '14', '15'], timeoutMs: 20_000, seed: 7 });
}, 300_000);
afterAll(() => removeTempRoot(root));

test('04: parentPort through process.getBuiltinModule is refused: an error, 0 points', () => {
  expect(ex('04').status).toBe('error');
  expect(ex('04').points).toBe(0);
  expect(ex('04').message).toContain(hatchMessage('getBuiltinModule'));
  expect(ex('04').tests.filter((t) => t.status === 'passed')).toEqual([]);
});

test('08: process.binding is refused', () => {
  expect(ex('08').status).toBe('error');
  expect(ex('08').message).toContain(hatchMessage('binding'));
});

test('10: process.dlopen is refused (and _linkedBinding before it)', () => {
  expect(ex('10').status).toBe('error');
  expect(ex('10').message).toContain(hatchMessage('dlopen'));
});

test('13: createRequire from a dynamic import of node:module is refused by the import guard', () => {
  expect(ex('13').status).toBe('error');
  expect(ex('13').message).toContain('imports "node:module", which this exercise does not allow');
});

test('15: globalThis.process.mainModule does not exist in a check worker', () => {
  expect(ex('15').status).toBe('error');
  expect(ex('15').message).toMatch(/Cannot read properties of undefined \(reading 'require'\)/);
});

test('02: require in a CommonJS helper goes through the import guard: refused', () => {
  expect(ex('02').status).toBe('error');
  expect(ex('02').points).toBe(0);
  expect(ex('02').message).toContain(
    'exercises/02-blueprint-or-house/post.cts imports "node:worker_threads", which this exercise does not allow',
  );
});

test('14: an honest solution graded after them passes', () => {
  expect(ex('14').status).toBe('passed');
  expect(ex('14').points).toBe(15);
});

// Runs a `{monaco-run}` TypeScript block once at build time, in Node, and returns what its
// console printed, one entry per call, formatted as Slidev's own runner prints it in the dev
// server (@slidev/client setup/code-runners.ts: strings as they are, anything else as JS text,
// arguments joined by ", "). The built site and the PDF then show the code with its output.
import { runInNewContext } from 'node:vm';
import ts from 'typescript';

export interface StaticRunResult {
  /** One line per console call. */
  lines: string[];
  /** The thrown error, as the runner shows it ("Error: …"), or undefined. */
  error?: string;
}

/** A value as Slidev's runner prints it (objectToText); works on values from another realm. */
function toText(value: unknown, nested: boolean): string {
  if (typeof value === 'string') return nested ? JSON.stringify(value) : value;
  if (value === null || value === undefined || typeof value === 'symbol') return String(value);
  if (Array.isArray(value)) return `[${value.map((v) => toText(v, true)).join(', ')}]`;
  const tag = Object.prototype.toString.call(value);
  if (tag === '[object Error]') return `Error: ${JSON.stringify((value as Error).message)}`;
  if (tag === '[object Set]') {
    const items = [...(value as Set<unknown>)];
    return `Set (${items.length}) {${items.map((v) => toText(v, true)).join(', ')}}`;
  }
  if (tag === '[object Map]') {
    const entries = [...(value as Map<unknown, unknown>)];
    return `Map (${entries.length}) {${entries.map(([k, v]) => `${toText(k, true)} => ${toText(v, true)}`).join(', ')}}`;
  }
  if (tag === '[object RegExp]') return String(value);
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: string } }).constructor?.name ?? '';
    const prefix = name && name !== 'Object' ? `${name}: ` : '';
    return (
      prefix +
      JSON.stringify(value, (_k, v: unknown) => (v === undefined ? '__undefined__' : v), 2).replace(/"__undefined__"/g, 'undefined')
    );
  }
  return String(value);
}

export function runSnippet(source: string): StaticRunResult {
  const js = ts
    .transpileModule(source, {
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
    })
    .outputText.replace('export {};', '');
  const lines: string[] = [];
  const log = (...args: unknown[]) => void lines.push(args.map((a) => toText(a, false)).join(', '));
  const console = { log, info: log, debug: log, warn: log, error: log };
  try {
    // A fresh context with only `console`: the snippet cannot reach the build's modules, and a
    // runaway loop is stopped after a second.
    runInNewContext(js, { console }, { timeout: 1000, filename: 'monaco-run.ts' });
    return { lines };
  } catch (e) {
    return { lines, error: String(e) };
  }
}

// Closed in each check worker before any learner code loads (test-worker.ts). The import guard
// sees every `import`, but these functions on `process` reach Node's internals without one, and a
// name built at run time (`process['getBuilt' + 'inModule']`) escapes any text check: with them a
// learner's file could take `worker_threads`' parentPort and post "passed" itself, or write to
// the kit the next checks load. Nothing the checks, the engine or tsx run after start-up needs them.

/** `process` functions that load built-in modules, internal bindings or native code. */
export const HATCHES = ['getBuiltinModule', 'binding', '_linkedBinding', 'dlopen'] as const;

export function hatchMessage(name: string): string {
  return `process.${name} is closed while the grader runs checks: a learner's file may use only what its exercise allows`;
}

/** Replaces each hatch by a function that throws, fixed in place (not writable, not configurable). */
export function closeEscapeHatches(target: NodeJS.Process = process): void {
  for (const name of HATCHES) {
    const refuse = (): never => {
      throw new Error(hatchMessage(name));
    };
    Object.defineProperty(target, name, { value: refuse, writable: false, configurable: false, enumerable: false });
  }
}

// Types for run-slidev.mjs, so the TypeScript tests and benchmarks can import it strictly.
export function slidevBin(): string;
export function exportFilename(entry: string): string;
export function chromeOrExit(what?: string): string;
export function hasFlag(args: string[], name: string): boolean;
export function runSlidev(args: string[]): Promise<number>;

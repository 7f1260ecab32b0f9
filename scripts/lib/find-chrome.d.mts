// Types for find-chrome.mjs, so the TypeScript tests and benchmarks can import it strictly.
export function chromeCandidates(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): string[];
export function findChrome(env?: NodeJS.ProcessEnv, platform?: NodeJS.Platform): { path: string } | { error: string };
export function installAdvice(platform?: NodeJS.Platform): string[];

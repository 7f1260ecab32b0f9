// Module resolve hook registered in each check worker (test-worker.ts): a learner's file may
// import only what its exercise allows (grader/import-policy.ts builds the rules from
// exercises/exercises.json). Plain JavaScript: hooks run on Node's loader thread, before tsx
// would compile TypeScript there. Checks and support files are not restricted.

/** @type {{ dir: string; files: string[]; packages: string[]; label: string }[]} */
let rules = [];

export function initialize(data) {
  rules = data?.rules ?? [];
}

function ruleFor(parentURL) {
  if (!parentURL || /\.test\.ts$/.test(parentURL.split('?')[0])) return undefined;
  return rules.find((r) => parentURL.startsWith(r.dir));
}

function packageAllowed(rule, specifier) {
  return rule.packages.some((p) => specifier === p || specifier.startsWith(`${p}/`));
}

export async function resolve(specifier, context, nextResolve) {
  const rule = ruleFor(context.parentURL);
  const resolved = await nextResolve(specifier, context);
  if (!rule) return resolved;
  const url = resolved.url.split('?')[0];
  const isFile = url.startsWith('file:');
  const ok = isFile
    ? (url.startsWith(rule.dir) && !url.endsWith('.test.ts')) ||
      rule.files.includes(url) ||
      (!specifier.startsWith('.') && !specifier.startsWith('/') && !specifier.startsWith('file:') && packageAllowed(rule, specifier))
    : packageAllowed(rule, specifier) || packageAllowed(rule, url);
  if (ok) return resolved;
  const from = context.parentURL.slice(context.parentURL.indexOf('/exercises/') + 1);
  throw new Error(
    `${from} imports "${specifier}", which this exercise does not allow: a learner's file may import ${rule.label}. ` +
      'Write the code yourself instead of reusing the engine or the grader.',
  );
}

// The names of an exercise's checks, read from the test file's text. Used only for pristine test
// files (their hashes match the manifest), so exercises that are not started are listed without
// starting a worker; the kit's tests check that this reading matches what the checks register.

// A single- or double-quoted first argument (Prettier picks double quotes when the name holds a ').
const TEST_CALL = /^test\(\s*(?:'((?:[^'\\\n]|\\.)*)'|"((?:[^"\\\n]|\\.)*)")/gm;

export function staticTestNames(source: string): string[] {
  return [...source.matchAll(TEST_CALL)].map((m) => (m[1] ?? m[2]!).replace(/\\(.)/g, '$1'));
}

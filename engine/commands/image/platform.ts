// `--platform` as containerd's platforms.Parse reads it: "os[/arch[/variant]]", or an
// architecture or OS alone (the other part defaults to linux/amd64, the simulated host's).
// Every bundled image is linux/amd64 only, like a single-platform index.
import { CliError } from '../../errors/cli-error';
import { DAEMON, msg } from '../../errors/messages';

const OSES = new Set([
  'linux',
  'windows',
  'darwin',
  'freebsd',
  'netbsd',
  'openbsd',
  'solaris',
  'illumos',
  'aix',
  'android',
  'ios',
  'plan9',
  'js',
  'wasip1',
]);
const ARCH_ALIASES: Record<string, string> = {
  x86_64: 'amd64',
  'x86-64': 'amd64',
  aarch64: 'arm64',
  armhf: 'arm',
  armel: 'arm',
  i386: '386',
};
const ARCHES = new Set([
  'amd64',
  'arm64',
  'arm',
  '386',
  'ppc64le',
  'ppc64',
  's390x',
  'riscv64',
  'mips64le',
  'mips64',
  'mipsle',
  'mips',
  'loong64',
  'wasm',
]);

/** Throws the daemon's error unless `value` names linux/amd64. */
export function checkPlatform(value: string): void {
  const problem = platformProblem(value);
  if (problem === 'invalid') throw new CliError(DAEMON + msg.invalidPlatform(value), 1);
  if (problem) throw new CliError(msg.noMatchingManifest(problem.unavailable), 1);
}

/** Why `value` cannot be had here: not a platform at all, or one no bundled image provides (null: linux/amd64). */
export function platformProblem(value: string): 'invalid' | { unavailable: string } | null {
  const parts = value.toLowerCase().split('/');
  let os = 'linux';
  let arch = 'amd64';
  let variant = '';
  const asArch = (a: string) => ARCH_ALIASES[a] ?? a;
  if (parts.length === 1) {
    if (OSES.has(parts[0]!)) os = parts[0]!;
    else if (ARCHES.has(asArch(parts[0]!))) arch = asArch(parts[0]!);
    else return 'invalid';
  } else {
    [os, arch, variant = ''] = [parts[0]!, asArch(parts[1]!), parts[2]];
    if (!OSES.has(os) || !ARCHES.has(arch) || parts.length > 3) return 'invalid';
  }
  // arm64's v8 is its only variant and is dropped on normalising; amd64 v1 is the baseline.
  if (arch === 'arm64' && variant === 'v8') variant = '';
  if (os === 'linux' && arch === 'amd64' && (variant === '' || variant === 'v1')) return null;
  return { unavailable: [os, arch, variant].filter(Boolean).join('/') };
}

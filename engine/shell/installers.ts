// Package managers a Dockerfile's RUN lines and a container's shell call (apt-get, apk, npm,
// pip), through shell/programs.ts. Nothing is downloaded: each writes the files the real tool
// leaves behind (a stand-in binary, its package database entry, the index files) and records a
// plausible installed size per file, so the layer's size in `docker history` looks like the real
// one (the same "sampled size" mechanism the bundled images use, engine/model/oci.ts
// SAMPLED_SIZE_ANNOTATION).
import type { CowFs } from '../model/cow';
import { normalizePath } from '../model/entry';

export interface InstallIo {
  fs: CowFs;
  cwd: string;
  log: string[];
  /** Path → bytes the real file would have beyond the stand-in's own (the installed size). */
  sizes: Map<string, number>;
}

export type Installer = (args: string[], io: InstallIo) => number;

interface Package {
  version: string;
  /** Installed size in bytes (Installed-Size of the package and the dependencies it pulls). */
  size: number;
  /** Executables it puts on PATH (default: one named after the package). */
  bins?: string[];
}

const DEBIAN: Record<string, Package> = {
  curl: { version: '8.14.1-2', size: 9_800_000 },
  wget: { version: '1.25.0-2', size: 4_100_000 },
  git: { version: '1:2.47.2-0.2', size: 48_000_000 },
  vim: { version: '2:9.1.1230-2', size: 40_500_000 },
  nano: { version: '8.4-1', size: 2_900_000 },
  jq: { version: '1.7.1-6', size: 1_300_000 },
  unzip: { version: '6.0-29', size: 400_000 },
  procps: { version: '2:4.0.4-9', size: 2_300_000, bins: ['ps', 'top', 'free'] },
  'iputils-ping': { version: '3:20240905-3', size: 350_000, bins: ['ping'] },
  'ca-certificates': { version: '20250419', size: 1_100_000, bins: [] },
  python3: { version: '3.13.5-1', size: 31_000_000 },
  'build-essential': { version: '12.12', size: 250_000_000, bins: ['gcc', 'g++', 'make'] },
};
const ALPINE: Record<string, Package> = {
  curl: { version: '8.14.1-r2', size: 3_400_000 },
  git: { version: '2.49.1-r0', size: 16_000_000 },
  bash: { version: '5.2.37-r0', size: 2_100_000 },
  python3: { version: '3.12.11-r0', size: 46_000_000 },
  vim: { version: '9.1.1105-r0', size: 24_000_000 },
  jq: { version: '1.8.0-r0', size: 900_000 },
};
const NPM: Record<string, Package> = {
  express: { version: '5.1.0', size: 2_200_000 },
  lodash: { version: '4.17.21', size: 1_400_000 },
  react: { version: '19.2.0', size: 320_000 },
};
const PYPI: Record<string, Package> = {
  flask: { version: '3.1.2', size: 4_300_000 },
  requests: { version: '2.32.5', size: 1_200_000 },
  numpy: { version: '2.3.4', size: 62_000_000 },
  django: { version: '5.2.7', size: 32_000_000 },
};
const fallback = (size: number): Package => ({ version: '1.0.0', size });

function write(io: InstallIo, path: string, content: string, virtualBytes = 0): void {
  const dir = path.slice(0, path.lastIndexOf('/'));
  if (dir) io.fs.mkdir(dir, true);
  io.fs.writeFile(path, content);
  if (virtualBytes > 0) io.sizes.set(path, virtualBytes);
}

function readOr(io: InstallIo, path: string): string {
  try {
    return io.fs.readFile(path);
  } catch {
    return '';
  }
}

/** `NAME=value` lines of /etc/os-release. */
function osRelease(io: InstallIo): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of readOr(io, '/etc/os-release').split('\n')) {
    const m = /^(\w+)=(.*)$/.exec(line);
    if (m) out[m[1]!] = m[2]!.replace(/^"|"$/g, '');
  }
  return out;
}

const apt: Installer = (args, io) => {
  const words = args.filter((a) => !a.startsWith('-'));
  const yes = args.some((a) => a === '-y' || a === '--yes' || a === '--assume-yes' || /^-[a-z]*y[a-z]*$/.test(a));
  const [sub, ...pkgs] = words;
  const os = osRelease(io);
  const suite = os.VERSION_CODENAME ?? 'stable';
  const mirror = os.ID === 'ubuntu' ? 'archive.ubuntu.com_ubuntu' : 'deb.debian.org_debian';
  const lists = '/var/lib/apt/lists';
  if (sub === 'update') {
    io.log.push(
      `Get:1 http://${mirror.replace('_', '/')} ${suite} InRelease [140 kB]`,
      `Get:2 http://${mirror.replace('_', '/')} ${suite}/main amd64 Packages [9670 kB]`,
      'Fetched 9810 kB in 1s (9810 kB/s)',
      'Reading package lists...',
    );
    write(io, `${lists}/${mirror}_dists_${suite}_InRelease`, `Origin: ${os.NAME ?? 'Debian'}\nSuite: ${suite}\n`, 140_000);
    const index = Object.entries(DEBIAN)
      .map(([name, p]) => `Package: ${name}\nVersion: ${p.version}\nInstalled-Size: ${Math.round(p.size / 1024)}\n`)
      .join('\n');
    write(io, `${lists}/${mirror}_dists_${suite}_main_binary-amd64_Packages`, index, 19_500_000);
    return 0;
  }
  if (sub === 'clean' || sub === 'autoclean' || sub === 'autoremove') return 0;
  if (sub !== 'install') {
    io.log.push(`E: Invalid operation ${sub ?? ''}`.trim());
    return 100;
  }
  let haveLists = false;
  try {
    haveLists = io.fs.list(lists).some((n) => n.endsWith('_Packages'));
  } catch {
    haveLists = false;
  }
  io.log.push('Reading package lists...', 'Building dependency tree...', 'Reading state information...');
  if (pkgs.length === 0) return 0;
  if (!haveLists) {
    // An image ships with empty apt lists: `apt-get install` needs an `apt-get update` first.
    io.log.push(`E: Unable to locate package ${pkgs[0]!.split('=')[0]}`);
    return 100;
  }
  if (!yes) {
    io.log.push('Do you want to continue? [Y/n] Abort.');
    return 1;
  }
  let status = readOr(io, '/var/lib/dpkg/status');
  for (const name of pkgs.map((p) => p.split('=')[0]!)) {
    const p = DEBIAN[name] ?? fallback(2_000_000);
    const bins = p.bins ?? [name];
    io.log.push(`Setting up ${name} (${p.version}) ...`);
    for (const b of bins)
      write(
        io,
        `/usr/bin/${b}`,
        `\x7fELF stand-in for /usr/bin/${b} (${name} ${p.version})\n`,
        Math.round(p.size / Math.max(1, bins.length) / 2),
      );
    write(
      io,
      `/usr/share/doc/${name}/copyright`,
      `Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\nUpstream-Name: ${name}\n`,
      Math.round(p.size / 2),
    );
    status += `${status && !status.endsWith('\n\n') ? '\n' : ''}Package: ${name}\nStatus: install ok installed\nArchitecture: amd64\nVersion: ${p.version}\nInstalled-Size: ${Math.round(p.size / 1024)}\n`;
  }
  write(io, '/var/lib/dpkg/status', status);
  return 0;
};

const apk: Installer = (args, io) => {
  const [sub, ...rest] = args.filter((a) => !a.startsWith('-'));
  const noCache = args.includes('--no-cache');
  const version = osRelease(io).VERSION_ID ?? '3.22.2';
  const branch = `v${version.split('.').slice(0, 2).join('.')}`;
  if (sub === 'update') {
    write(io, `/var/cache/apk/APKINDEX.main.tar.gz`, `APKINDEX for ${branch}/main\n`, 2_500_000);
    return 0;
  }
  if (sub !== 'add') return 0;
  io.log.push(`fetch https://dl-cdn.alpinelinux.org/alpine/${branch}/main/x86_64/APKINDEX.tar.gz`);
  // Without --no-cache apk keeps the downloaded index in the image: the reason images use the flag.
  if (!noCache) write(io, `/var/cache/apk/APKINDEX.main.tar.gz`, `APKINDEX for ${branch}/main\n`, 2_500_000);
  let db = readOr(io, '/lib/apk/db/installed');
  let world = readOr(io, '/etc/apk/world');
  rest.forEach((name, i) => {
    const p = ALPINE[name] ?? fallback(1_000_000);
    io.log.push(`(${i + 1}/${rest.length}) Installing ${name} (${p.version})`);
    write(io, `/usr/bin/${name}`, `\x7fELF stand-in for /usr/bin/${name} (${name} ${p.version})\n`, p.size);
    db += `${db && !db.endsWith('\n\n') ? '\n' : ''}P:${name}\nV:${p.version}\nI:${p.size}\n`;
    if (!world.split('\n').includes(name)) world += `${name}\n`;
  });
  write(io, '/lib/apk/db/installed', db);
  write(io, '/etc/apk/world', world);
  io.log.push('OK: installed');
  return 0;
};

const npm: Installer = (args, io) => {
  const [sub, ...named] = args.filter((a) => !a.startsWith('-'));
  if (sub !== 'install' && sub !== 'i' && sub !== 'ci') return 0;
  const manifestPath = normalizePath('package.json', io.cwd);
  let deps: Record<string, string> = {};
  const manifest = readOr(io, manifestPath);
  if (manifest === '' && named.length === 0) {
    io.log.push(
      'npm error code ENOENT',
      'npm error syscall open',
      `npm error path ${manifestPath}`,
      'npm error errno -2',
      `npm error enoent Could not read package.json: Error: ENOENT: no such file or directory, open '${manifestPath}'`,
    );
    return 254;
  }
  if (manifest !== '') {
    try {
      const parsed = JSON.parse(manifest) as { dependencies?: Record<string, string> };
      deps = { ...(parsed.dependencies ?? {}) };
    } catch {
      io.log.push('npm error code EJSONPARSE', `npm error path ${manifestPath}`);
      return 1;
    }
  }
  for (const n of named) deps[n.replace(/@[^@/]*$/, '') || n] = `^${(NPM[n] ?? fallback(0)).version}`;
  const modules = normalizePath('node_modules', io.cwd);
  const lock: Record<string, { version: string }> = {};
  for (const name of Object.keys(deps).sort()) {
    const p = NPM[name] ?? fallback(500_000);
    write(io, `${modules}/${name}/package.json`, JSON.stringify({ name, version: p.version }, null, 2) + '\n', p.size);
    lock[`node_modules/${name}`] = { version: p.version };
  }
  write(io, `${modules}/.package-lock.json`, JSON.stringify({ lockfileVersion: 3, packages: lock }, null, 2) + '\n');
  const count = Object.keys(deps).length;
  io.log.push(
    '',
    `added ${count} package${count === 1 ? '' : 's'}, and audited ${count + 1} packages in 1s`,
    '',
    'found 0 vulnerabilities',
  );
  return 0;
};

const pip: Installer = (args, io) => {
  const words = args.filter((a) => !a.startsWith('-'));
  if (words[0] !== 'install') return 0;
  const reqIndex = args.findIndex((a) => a === '-r' || a === '--requirement');
  let names = words.slice(1);
  if (reqIndex !== -1) {
    const file = args[reqIndex + 1] ?? '';
    names = names.filter((n) => n !== file);
    const text = readOr(io, normalizePath(file, io.cwd));
    if (text === '') {
      io.log.push(`ERROR: Could not open requirements file: [Errno 2] No such file or directory: '${file}'`);
      return 1;
    }
    names.push(
      ...text
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean),
    );
  }
  let site = '/usr/lib/python3/dist-packages';
  try {
    const py = io.fs.list('/usr/local/lib').find((n) => /^python3\.\d+$/.test(n));
    if (py) site = `/usr/local/lib/${py}/site-packages`;
  } catch {
    // no /usr/local/lib: a distribution Python
  }
  const noCacheDir = args.includes('--no-cache-dir');
  for (const spec of names) {
    const name = spec.split(/[=<>~![ ]/)[0]!.toLowerCase();
    const p = PYPI[name] ?? fallback(800_000);
    write(io, `${site}/${name}/__init__.py`, `# ${name} ${p.version}\n`, p.size);
    write(io, `${site}/${name}-${p.version}.dist-info/METADATA`, `Metadata-Version: 2.1\nName: ${name}\nVersion: ${p.version}\n`);
    // pip keeps the wheels it downloaded unless told --no-cache-dir: they stay in the layer.
    if (!noCacheDir)
      write(io, `/root/.cache/pip/wheels/${name}-${p.version}-py3-none-any.whl`, `wheel ${name} ${p.version}\n`, Math.round(p.size / 3));
  }
  io.log.push(
    `Successfully installed ${names.map((n) => n.split(/[=<>~![ ]/)[0]).join(' ')}`,
    "WARNING: Running pip as the 'root' user can result in broken permissions and conflicting behaviour with the system package manager.",
  );
  return 0;
};

export const INSTALLERS: Record<string, Installer> = { 'apt-get': apt, apt, apk, npm, pip, pip3: pip };

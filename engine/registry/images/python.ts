// library/python (Debian variant): FROM buildpack-deps:trixie, sharing its four lower layers with
// node. Python is compiled from the release tarball into /usr/local, then the unversioned names
// (python, pip, …) are added as symlinks in a final, 36-byte layer.
import type { FileSpec, ImageSpec, LayerSpec } from '../types';
import { after, bin, bins, dirs, empty, script, treeSize } from './common';
import { debianTrixieLayer } from './debian';
import { buildpackCurlLayer, buildpackScmLayer, buildpackToolchainLayer } from './buildpack-deps';

export const PYTHON_VERSION = '3.14.1';
const MINOR = '3.14';
const BUILT = '2026-11-18T02:51:44Z';
const t = (s: number): string => after(BUILT, s);

/** Python puts /usr/local/bin first, on top of the default PATH it inherits (hence the repeat). */
const PYTHON_PATH = 'PATH=/usr/local/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Python's lines when `docker run -it python` opens the REPL (shown only with a TTY). */
export const pythonBanner: string[] = [
  `Python ${PYTHON_VERSION} (main, Nov 18 2026, 02:58:10) [GCC 14.2.0] on linux`,
  'Type "help", "copyright", "credits" or "license" for more information.',
];

const devLibsLayer: LayerSpec = {
  key: 'python-trixie-dev-libs',
  files: {
    ...dirs(['/usr/include/bluetooth', '/usr/include/uuid']),
    '/usr/include/bluetooth/bluetooth.h': '/* stand-in for the BlueZ header (libbluetooth-dev) */\n',
    '/usr/include/tk.h': '/* stand-in for the Tk header (tk-dev) */\n',
    '/usr/include/uuid/uuid.h': '/* stand-in for the libuuid header (uuid-dev) */\n',
  },
  size: 22_517_483,
  compressedSize: 6_483_211,
  createdBy:
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\ttk-dev \t\tuuid-dev \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  created: t(9),
};

const buildLayer: LayerSpec = {
  key: `python-${PYTHON_VERSION}-trixie-build`,
  files: {
    ...dirs([`/usr/local/lib/python${MINOR}`, `/usr/local/lib/python${MINOR}/site-packages`]),
    [`/usr/local/bin/python${MINOR}`]: bin(`CPython ${PYTHON_VERSION} interpreter`),
    '/usr/local/bin/python3': { symlink: `python${MINOR}` },
    [`/usr/local/bin/python${MINOR}-config`]: script(
      `#!/bin/sh\n# prints the flags for building C extensions against Python ${MINOR}\necho "-I/usr/local/include/python${MINOR}"\n`,
    ),
    '/usr/local/bin/python3-config': { symlink: `python${MINOR}-config` },
    ...scriptsCalling('pip', ['pip3', `pip${MINOR}`]),
    ...scriptsCalling('idlelib', ['idle3', `idle${MINOR}`]),
    ...scriptsCalling('pydoc', ['pydoc3', `pydoc${MINOR}`]),
    [`/usr/local/lib/python${MINOR}/site-packages/README.txt`]:
      'This directory exists so that 3rd party packages can be installed\nhere.  Read the source for site.py for more details.\n',
    [`/usr/local/lib/python${MINOR}/os.py`]: '"""stand-in for the standard library module os"""\n',
    ...bins('/usr/local/lib', ['libpython3.14.so.1.0'], `CPython ${PYTHON_VERSION}`),
  },
  size: 103_684_120,
  compressedSize: 26_309_772,
  createdBy:
    'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tlibbluetooth-dev \t\tlibffi-dev \t\tlibssl-dev \t\tuuid-dev \t; \t\t' +
    'wget -O python.tar.xz "https://www.python.org/ftp/python/${PYTHON_VERSION%%[a-z]*}/Python-$PYTHON_VERSION.tar.xz"; \tmkdir -p /usr/src/python; \ttar --extract --directory /usr/src/python --strip-components=1 --file python.tar.xz; \trm python.tar.xz; \t\t' +
    'cd /usr/src/python; \tgnuArch="$(dpkg-architecture --query DEB_BUILD_GNU_TYPE)"; \t./configure \t\t--build="$gnuArch" \t\t--enable-loadable-sqlite-extensions \t\t--enable-optimizations \t\t--enable-option-checking=fatal \t\t--enable-shared \t\t--with-lto \t\t--with-ensurepip \t; \t' +
    'nproc="$(nproc)"; \tmake -j "$nproc"; \tmake install; \t\tcd /; \trm -rf /usr/src/python; \t\t' +
    "find /usr/local -depth \t\t\\( \t\t\t\\( -type d -a \\( -name test -o -name tests -o -name idle_test \\) \\) \t\t\t-o \\( -type f -a \\( -name '*.pyc' -o -name '*.pyo' -o -name 'libpython*.a' \\) \\) \t\t\\) -exec rm -rf '{}' + \t; \t\t" +
    'ldconfig; \t\texport PYTHONDONTWRITEBYTECODE=1; \tpython3 --version; \tpip3 --version # buildkit',
  created: t(611),
};

/** Tiny launcher scripts for pip/idle/pydoc under each of their versioned names. */
function scriptsCalling(module: string, names: string[]): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {};
  for (const n of names)
    out[`/usr/local/bin/${n}`] = script(
      `#!/usr/local/bin/python${MINOR}\nimport runpy\nrunpy.run_module("${module}", run_name="__main__")\n`,
    );
  return out;
}

/** The unversioned names; Docker reports the layer's size as the sum of the link targets' lengths. */
const aliasFiles: Record<string, FileSpec> = {
  '/usr/local/bin/idle': { symlink: 'idle3' },
  '/usr/local/bin/pip': { symlink: 'pip3' },
  '/usr/local/bin/pydoc': { symlink: 'pydoc3' },
  '/usr/local/bin/python': { symlink: 'python3' },
  '/usr/local/bin/python-config': { symlink: 'python3-config' },
};

const aliasLayer: LayerSpec = {
  key: `python-${PYTHON_VERSION}-aliases`,
  files: aliasFiles,
  size: treeSize(aliasFiles),
  compressedSize: 244,
  createdBy:
    'RUN /bin/sh -c set -eux; \tfor src in idle3 pip3 pydoc3 python3 python3-config; do \t\tdst="$(echo "$src" | tr -d 3)"; \t\t[ -s "/usr/local/bin/$src" ]; \t\t[ ! -e "/usr/local/bin/$dst" ]; \t\tln -svT "$src" "/usr/local/bin/$dst"; \tdone # buildkit',
  created: t(612),
};

export const python: ImageSpec = {
  repository: 'library/python',
  tags: [MINOR, PYTHON_VERSION, '3', `${PYTHON_VERSION}-trixie`, `${MINOR}-trixie`, 'trixie', 'latest'],
  created: t(612),
  steps: [
    { layer: debianTrixieLayer },
    { layer: buildpackCurlLayer },
    { layer: buildpackScmLayer },
    { layer: buildpackToolchainLayer },
    empty(`ENV ${PYTHON_PATH}`, t(0)),
    empty('ENV LANG=C.UTF-8', t(0)),
    { layer: devLibsLayer },
    empty(`ENV PYTHON_VERSION=${PYTHON_VERSION}`, t(9)),
    { layer: buildLayer },
    { layer: aliasLayer },
    empty('CMD ["python3"]', t(612)),
  ],
  config: {
    Env: [PYTHON_PATH, 'LANG=C.UTF-8', `PYTHON_VERSION=${PYTHON_VERSION}`],
    Cmd: ['python3'],
  },
  runtime: { kind: 'shell' },
};

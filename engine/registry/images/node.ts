// library/node (Debian variant): FROM buildpack-deps:trixie, so its four lower layers are the same
// objects as python's (debian:trixie + buildpack-deps' curl, scm and toolchain layers). On top: a
// `node` user, the official Node.js binary tarball, Yarn v1 and a small entrypoint.
import type { FileSpec, ImageSpec, LayerSpec } from '../types';
import { DEFAULT_PATH, after, bin, dirs, empty, script, treeSize } from './common';
import { debianGroup, debianPasswd, debianShadow, debianTrixieLayer } from './debian';
import { buildpackCurlLayer, buildpackScmLayer, buildpackToolchainLayer } from './buildpack-deps';

const YARN_VERSION = '1.22.22';

const entrypoint = `#!/bin/sh
set -e

# Lets \`docker run node -e "…"\` or \`docker run node app.js\` work: when the first argument is an
# option or not a command on PATH, it is handed to node.
if [ "\${1#-}" != "$1" ] || [ -z "$(command -v "$1" || true)" ]; then
  set -- node "$@"
fi

exec "$@"
`;

const userFiles: Record<string, FileSpec> = {
  '/etc/passwd': `${debianPasswd}node:x:1000:1000::/home/node:/bin/bash\n`,
  '/etc/group': `${debianGroup}node:x:1000:\n`,
  '/etc/shadow': { content: `${debianShadow}node:!:20773:0:99999:7:::\n`, mode: 0o640 },
  '/home/node': { dir: true, mode: 0o755 },
  '/home/node/.bashrc':
    '# ~/.bashrc: executed by bash(1) for non-login shells.\ncase $- in\n    *i*) ;;\n      *) return;;\nesac\nHISTCONTROL=ignoreboth\n',
  '/home/node/.profile':
    '# ~/.profile: executed by the command interpreter for login shells.\nif [ -n "$BASH_VERSION" ] && [ -f "$HOME/.bashrc" ]; then\n    . "$HOME/.bashrc"\nfi\n',
  '/home/node/.bash_logout': '# ~/.bash_logout: executed by bash(1) when login shell exits.\n',
};

interface NodeRelease {
  version: string;
  built: string;
  tags: string[];
  size: number;
  compressedSize: number;
}

/** Node's lines when `docker run -it node` opens the REPL (shown only with a TTY). */
export function nodeBanner(version: string): string[] {
  return [`Welcome to Node.js v${version}.`, 'Type ".help" for more information.'];
}

function nodeImage(r: NodeRelease): ImageSpec {
  const t = (s: number): string => after(r.built, s);
  const major = r.version.split('.')[0] ?? r.version;
  const userLayer: LayerSpec = {
    key: `node-${r.version}-trixie-user`,
    files: userFiles,
    size: treeSize(userFiles),
    compressedSize: 3_311,
    createdBy: 'RUN /bin/sh -c groupadd --gid 1000 node   && useradd --uid 1000 --gid node --shell /bin/bash --create-home node # buildkit',
    created: t(1),
  };
  const nodeLayer: LayerSpec = {
    key: `node-${r.version}-trixie-install`,
    files: {
      ...dirs([
        '/usr/local/include/node',
        '/usr/local/lib/node_modules',
        '/usr/local/lib/node_modules/npm',
        '/usr/local/lib/node_modules/npm/bin',
      ]),
      '/usr/local/bin/node': bin(`Node.js v${r.version} (official linux-x64 build)`),
      '/usr/local/bin/npm': { symlink: '../lib/node_modules/npm/bin/npm-cli.js' },
      '/usr/local/bin/npx': { symlink: '../lib/node_modules/npm/bin/npx-cli.js' },
      '/usr/local/bin/nodejs': { symlink: '/usr/local/bin/node' },
      '/usr/local/lib/node_modules/npm/bin/npm-cli.js': script(
        '#!/usr/bin/env node\n// stand-in for the npm command line bundled with Node.js\nrequire("../lib/cli.js")(process)\n',
      ),
      '/usr/local/lib/node_modules/npm/bin/npx-cli.js': script(
        '#!/usr/bin/env node\n// stand-in for npx, which runs `npm exec`\nprocess.argv.splice(2, 0, "exec")\nrequire("../lib/cli.js")(process)\n',
      ),
      '/usr/local/include/node/node_version.h': `#define NODE_MAJOR_VERSION ${major}\n`,
    },
    size: r.size,
    compressedSize: r.compressedSize,
    createdBy:
      "RUN /bin/sh -c ARCH= && dpkgArch=\"$(dpkg --print-architecture)\"   && case \"${dpkgArch##*-}\" in     amd64) ARCH='x64';;     ppc64el) ARCH='ppc64le';;     s390x) ARCH='s390x';;     arm64) ARCH='arm64';;     armhf) ARCH='armv7l';;     *) echo \"unsupported architecture\"; exit 1 ;;   esac" +
      '   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/node-v$NODE_VERSION-linux-$ARCH.tar.xz"' +
      '   && curl -fsSLO --compressed "https://nodejs.org/dist/v$NODE_VERSION/SHASUMS256.txt.asc"   && gpg --batch --decrypt --output SHASUMS256.txt SHASUMS256.txt.asc' +
      '   && grep " node-v$NODE_VERSION-linux-$ARCH.tar.xz\\$" SHASUMS256.txt | sha256sum -c -' +
      '   && tar -xJf "node-v$NODE_VERSION-linux-$ARCH.tar.xz" -C /usr/local --strip-components=1 --no-same-owner' +
      '   && rm "node-v$NODE_VERSION-linux-$ARCH.tar.xz" SHASUMS256.txt.asc SHASUMS256.txt   && ln -s /usr/local/bin/node /usr/local/bin/nodejs' +
      '   && node --version   && npm --version # buildkit',
    created: t(24),
  };
  const yarnLayer: LayerSpec = {
    key: `node-${r.version}-yarn-${YARN_VERSION}`,
    files: {
      ...dirs([`/opt/yarn-v${YARN_VERSION}`, `/opt/yarn-v${YARN_VERSION}/bin`]),
      [`/opt/yarn-v${YARN_VERSION}/bin/yarn.js`]: script(`#!/usr/bin/env node\n// stand-in for Yarn ${YARN_VERSION} (classic)\n`),
      [`/opt/yarn-v${YARN_VERSION}/bin/yarn`]: script(`#!/bin/sh\nexec node "$(dirname "$0")/yarn.js" "$@"\n`),
      '/usr/local/bin/yarn': { symlink: `/opt/yarn-v${YARN_VERSION}/bin/yarn` },
      '/usr/local/bin/yarnpkg': { symlink: `/opt/yarn-v${YARN_VERSION}/bin/yarnpkg` },
      [`/opt/yarn-v${YARN_VERSION}/bin/yarnpkg`]: script(`#!/bin/sh\nexec node "$(dirname "$0")/yarn.js" "$@"\n`),
    },
    size: 5_431_178,
    compressedSize: 1_257_942,
    createdBy:
      'RUN /bin/sh -c set -ex   && export GNUPGHOME="$(mktemp -d)"   && gpg --batch --keyserver hkps://keys.openpgp.org --recv-keys 6A010C5166006599AA17F08146C2130DFD2497F5' +
      '   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz"   && curl -fsSLO --compressed "https://yarnpkg.com/downloads/$YARN_VERSION/yarn-v$YARN_VERSION.tar.gz.asc"' +
      '   && gpg --batch --verify yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && gpgconf --kill all   && rm -rf "$GNUPGHOME"' +
      '   && mkdir -p /opt   && tar -xzf yarn-v$YARN_VERSION.tar.gz -C /opt/   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarn /usr/local/bin/yarn' +
      '   && ln -s /opt/yarn-v$YARN_VERSION/bin/yarnpkg /usr/local/bin/yarnpkg   && rm yarn-v$YARN_VERSION.tar.gz.asc yarn-v$YARN_VERSION.tar.gz   && yarn --version # buildkit',
    created: t(31),
  };
  const entrypointFiles = { '/usr/local/bin/docker-entrypoint.sh': script(entrypoint) };
  const entrypointLayer: LayerSpec = {
    key: `node-${r.version}-entrypoint`,
    files: entrypointFiles,
    size: treeSize(entrypointFiles),
    compressedSize: 388,
    createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
    created: t(32),
  };
  return {
    repository: 'library/node',
    tags: r.tags,
    created: t(32),
    steps: [
      { layer: debianTrixieLayer },
      { layer: buildpackCurlLayer },
      { layer: buildpackScmLayer },
      { layer: buildpackToolchainLayer },
      { layer: userLayer },
      empty(`ENV NODE_VERSION=${r.version}`, t(1)),
      { layer: nodeLayer },
      empty(`ENV YARN_VERSION=${YARN_VERSION}`, t(24)),
      { layer: yarnLayer },
      { layer: entrypointLayer },
      empty('ENTRYPOINT ["docker-entrypoint.sh"]', t(32)),
      empty('CMD ["node"]', t(32)),
    ],
    config: {
      Env: [DEFAULT_PATH, `NODE_VERSION=${r.version}`, `YARN_VERSION=${YARN_VERSION}`],
      Entrypoint: ['docker-entrypoint.sh'],
      Cmd: ['node'],
    },
    runtime: { kind: 'shell' },
  };
}

export const NODE_24_VERSION = '24.11.1';
export const NODE_26_VERSION = '26.3.0';

export const node24 = nodeImage({
  version: NODE_24_VERSION,
  built: '2026-11-18T03:22:10Z',
  tags: ['24', NODE_24_VERSION, '24.11', `${NODE_24_VERSION}-trixie`, '24-trixie', 'krypton', 'lts', 'lts-trixie'],
  size: 199_402_331,
  compressedSize: 57_916_284,
});

export const node26 = nodeImage({
  version: NODE_26_VERSION,
  built: '2026-11-18T03:40:56Z',
  tags: ['26', NODE_26_VERSION, '26.3', `${NODE_26_VERSION}-trixie`, 'current', 'trixie', 'latest'],
  size: 211_786_540,
  compressedSize: 61_037_415,
});

// library/redis (Debian variant): FROM debian:trixie-slim like nginx, so the two images and
// debian:trixie-slim share their bottom layer. Redis is compiled from source in one big RUN.
import type { ImageSpec, LayerSpec } from '../types';
import { redisLogTimeToken } from './log-time';
import { DEFAULT_PATH, after, bin, bins, dirs, empty, script, treeSize } from './common';
import { debianGroup, debianPasswd, debianShadow, debianTrixieSlimLayer } from './debian';

export const REDIS_VERSION = '8.2.3';
const BUILT = '2026-11-17T20:05:31Z';
const t = (s: number): string => after(BUILT, s);
const DOWNLOAD_URL = `https://github.com/redis/redis/archive/refs/tags/${REDIS_VERSION}.tar.gz`;

const userFiles = {
  '/etc/passwd': `${debianPasswd}redis:x:999:999::/home/redis:/bin/sh\n`,
  '/etc/group': `${debianGroup}redis:x:999:\n`,
  '/etc/shadow': { content: `${debianShadow}redis:!:20773::::::\n`, mode: 0o640 },
};

const userLayer: LayerSpec = {
  key: 'redis-trixie-user',
  files: userFiles,
  size: treeSize(userFiles),
  compressedSize: 1_192,
  createdBy: 'RUN /bin/sh -c set -eux; \tgroupadd -r -g 999 redis; \tuseradd -r -g redis -u 999 redis # buildkit',
  created: t(2),
};

const tzdataLayer: LayerSpec = {
  key: 'redis-trixie-tzdata',
  files: {
    ...dirs(['/usr/share/zoneinfo', '/usr/share/zoneinfo/Europe']),
    '/usr/share/zoneinfo/UTC': 'TZif2 stand-in: Coordinated Universal Time\n',
    '/usr/share/zoneinfo/Europe/Berlin': 'TZif2 stand-in: Europe/Berlin\n',
    '/etc/timezone': 'Etc/UTC\n',
  },
  size: 1_873_412,
  compressedSize: 264_512,
  createdBy:
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends \t\ttzdata \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  created: t(11),
};

const buildLayer: LayerSpec = {
  key: `redis-${REDIS_VERSION}-trixie-build`,
  files: {
    '/usr/local/bin/redis-server': bin(`redis-server ${REDIS_VERSION} (built from source)`),
    ...bins('/usr/local/bin', ['redis-cli', 'redis-benchmark'], `redis ${REDIS_VERSION}`),
    // These three are the server binary under other names, as `make install` sets them up.
    '/usr/local/bin/redis-check-aof': { symlink: 'redis-server' },
    '/usr/local/bin/redis-check-rdb': { symlink: 'redis-server' },
    '/usr/local/bin/redis-sentinel': { symlink: 'redis-server' },
    '/usr/bin/setpriv': bin('setpriv (util-linux)'),
  },
  size: 52_930_145,
  compressedSize: 17_845_630,
  createdBy:
    'RUN /bin/sh -c set -eux; \t\tsavedAptMark="$(apt-mark showmanual)"; \tapt-get update; \tapt-get install -y --no-install-recommends \t\tca-certificates \t\twget \t\tdpkg-dev \t\tgcc \t\tg++ \t\tlibc6-dev \t\tlibssl-dev \t\tmake \t\tgit \t; \t\t' +
    'wget -O redis.tar.gz "$REDIS_DOWNLOAD_URL"; \tmkdir -p /usr/src/redis; \ttar -xzf redis.tar.gz -C /usr/src/redis --strip-components=1; \trm redis.tar.gz; \t\t' +
    'export BUILD_TLS=yes; \tmake -C /usr/src/redis -j "$(nproc)" all; \tmake -C /usr/src/redis install; \t\trm -r /usr/src/redis; \t\t' +
    'apt-mark auto \'.*\' > /dev/null; \t[ -z "$savedAptMark" ] || apt-mark manual $savedAptMark > /dev/null; \tapt-get purge -y --auto-remove -o APT::AutoRemove::RecommendsImportant=false; \trm -rf /var/lib/apt/lists/*; \t\t' +
    'redis-cli --version; \tredis-server --version # buildkit',
  created: t(412),
};

const dataLayer: LayerSpec = {
  key: 'redis-data-dir',
  files: { '/data': { dir: true, mode: 0o755 } },
  size: 0,
  compressedSize: 96,
  createdBy: 'RUN /bin/sh -c mkdir /data && chown redis:redis /data # buildkit',
  created: t(413),
};

const entrypoint = `#!/bin/sh
# Drops root for the redis user (owning /data first) when the container starts redis-server.
set -e

case "$1" in
    -*|*.conf) set -- redis-server "$@" ;;
esac

if [ "$1" = 'redis-server' ] && [ "$(id -u)" = '0' ]; then
    find . \\! -user redis -exec chown redis '{}' +
    exec setpriv --reuid=redis --regid=redis --clear-groups -- "$0" "$@"
fi

umask 0077
exec "$@"
`;

const entrypointFiles = { '/usr/local/bin/docker-entrypoint.sh': script(entrypoint) };
const entrypointLayer: LayerSpec = {
  key: 'redis-entrypoint',
  files: entrypointFiles,
  size: treeSize(entrypointFiles),
  compressedSize: 402,
  createdBy: 'COPY docker-entrypoint.sh /usr/local/bin/ # buildkit',
  created: t(414),
};

const tm = redisLogTimeToken;

export const redis: ImageSpec = {
  repository: 'library/redis',
  tags: ['8.2', REDIS_VERSION, '8', `${REDIS_VERSION}-trixie`, '8.2-trixie', 'trixie', 'latest'],
  created: t(415),
  steps: [
    { layer: debianTrixieSlimLayer },
    { layer: userLayer },
    { layer: tzdataLayer },
    empty(`ENV REDIS_DOWNLOAD_URL=${DOWNLOAD_URL}`, t(11)),
    { layer: buildLayer },
    { layer: dataLayer },
    empty('VOLUME [/data]', t(413)),
    empty('WORKDIR /data', t(413)),
    { layer: entrypointLayer },
    empty('ENTRYPOINT ["docker-entrypoint.sh"]', t(414)),
    empty('EXPOSE map[6379/tcp:{}]', t(415)),
    empty('CMD ["redis-server"]', t(415)),
  ],
  config: {
    Env: [DEFAULT_PATH, `REDIS_DOWNLOAD_URL=${DOWNLOAD_URL}`],
    Entrypoint: ['docker-entrypoint.sh'],
    Cmd: ['redis-server'],
    WorkingDir: '/data',
    ExposedPorts: ['6379/tcp'],
  },
  runtime: {
    kind: 'service',
    logsOnStart: [
      `1:C ${tm} * oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo`,
      `1:C ${tm} * Redis version=${REDIS_VERSION}, bits=64, commit=00000000, modified=0, pid=1, just started`,
      `1:C ${tm} # Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf`,
      `1:M ${tm} * monotonic clock: POSIX clock_gettime`,
      `1:M ${tm} * Running mode=standalone, port=6379.`,
      `1:M ${tm} * Server initialized`,
      `1:M ${tm} * Ready to accept connections tcp`,
    ],
    // docker-entrypoint.sh drops to the redis user (uid 999); redis sets its title to the bind address.
    processes: [{ uid: 999, pid: 1, title: 'redis-server *:6379' }],
  },
};

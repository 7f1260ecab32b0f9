// library/buildpack-deps:trixie, the build-tools base of the node and python images. It is not in
// the catalog as an image of its own; its three layers are, shared object-for-object by node and
// python, so pulling python after node prints "Already exists" for all four lower layers.
// Chain: debian:trixie → trixie-curl (+curl layer) → trixie-scm (+scm layer) → trixie (+toolchain layer).
import type { LayerSpec } from '../types';
import { bin, bins, dirs } from './common';

const pkgList = (names: string[]): string => names.map((n) => ` \t\t${n}`).join('');

export const buildpackCurlLayer: LayerSpec = {
  key: 'buildpack-deps-trixie-curl',
  files: {
    ...bins('/usr/bin', ['curl', 'wget', 'gpg', 'sq'], 'buildpack-deps:trixie-curl'),
    ...dirs(['/etc/ssl', '/etc/ssl/certs', '/etc/ca-certificates']),
    '/etc/ssl/certs/ca-certificates.crt': '# stand-in for the Mozilla CA bundle (~150 PEM certificates) that ca-certificates installs\n',
    '/etc/services':
      '# Network services, Internet style (netbase)\nssh\t\t22/tcp\nhttp\t\t80/tcp\t\twww\nhttps\t\t443/tcp\nredis\t\t6379/tcp\n',
    '/etc/protocols': '# Internet (IP) protocols (netbase)\nip\t0\tIP\nicmp\t1\tICMP\ntcp\t6\tTCP\nudp\t17\tUDP\n',
  },
  size: 50_431_906,
  compressedSize: 25_613_790,
  createdBy:
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends' +
    pkgList(['ca-certificates', 'curl', 'gnupg', 'netbase', 'sq', 'wget']) +
    ' \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  created: '2026-11-17T01:12:40Z',
};

export const buildpackScmLayer: LayerSpec = {
  key: 'buildpack-deps-trixie-scm',
  files: {
    ...bins('/usr/bin', ['git', 'hg', 'svn', 'ssh', 'scp'], 'buildpack-deps:trixie-scm'),
    // procps arrives here: debian:trixie has no `ps`, node and python do.
    ...bins('/usr/bin', ['ps', 'top', 'free', 'pgrep', 'kill'], 'procps'),
    '/etc/ssh': { dir: true, mode: 0o755 },
    '/etc/ssh/ssh_config': 'Host *\n    SendEnv LANG LC_*\n    HashKnownHosts yes\n',
  },
  size: 184_042_377,
  compressedSize: 67_228_905,
  createdBy:
    'RUN /bin/sh -c set -eux; \tapt-get update; \tapt-get install -y --no-install-recommends' +
    pkgList(['git', 'mercurial', 'openssh-client', 'subversion', '', 'procps']) +
    ' \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  created: '2026-11-17T01:14:02Z',
};

const toolchainPackages = [
  'autoconf',
  'automake',
  'bzip2',
  'default-libmysqlclient-dev',
  'dpkg-dev',
  'file',
  'g++',
  'gcc',
  'imagemagick',
  'libbz2-dev',
  'libc6-dev',
  'libcurl4-openssl-dev',
  'libdb-dev',
  'libevent-dev',
  'libffi-dev',
  'libgdbm-dev',
  'libglib2.0-dev',
  'libgmp-dev',
  'libjpeg-dev',
  'libkrb5-dev',
  'liblzma-dev',
  'libmagickcore-dev',
  'libmagickwand-dev',
  'libmaxminddb-dev',
  'libncurses-dev',
  'libncursesw5-dev',
  'libpng-dev',
  'libpq-dev',
  'libreadline-dev',
  'libsqlite3-dev',
  'libssl-dev',
  'libtool',
  'libwebp-dev',
  'libxml2-dev',
  'libxslt-dev',
  'libyaml-dev',
  'make',
  'patch',
  'unzip',
  'xz-utils',
  'zlib1g-dev',
];

export const buildpackToolchainLayer: LayerSpec = {
  key: 'buildpack-deps-trixie',
  files: {
    '/etc/alternatives': { dir: true, mode: 0o755 },
    '/usr/bin/gcc': { symlink: 'gcc-14' },
    '/usr/bin/g++': { symlink: 'g++-14' },
    '/usr/bin/cc': { symlink: '/etc/alternatives/cc' },
    '/etc/alternatives/cc': { symlink: '/usr/bin/gcc' },
    '/usr/bin/gcc-14': bin('/usr/bin/gcc-14 (GCC 14.2.0, Debian 14.2.0-19)'),
    '/usr/bin/g++-14': bin('/usr/bin/g++-14 (GCC 14.2.0, Debian 14.2.0-19)'),
    ...bins(
      '/usr/bin',
      ['make', 'autoconf', 'automake', 'libtool', 'patch', 'file', 'unzip', 'xz', 'bzip2', 'convert'],
      'buildpack-deps:trixie',
    ),
    '/usr/include/stdio.h': '/* stand-in for the C library header that libc6-dev installs */\n',
    '/usr/lib/x86_64-linux-gnu/libssl.so.3': bin('OpenSSL 3.5 (libssl3t64)'),
    '/usr/lib/x86_64-linux-gnu/libsqlite3.so.0': bin('SQLite 3.46'),
  },
  size: 586_877_430,
  compressedSize: 235_719_062,
  createdBy:
    'RUN /bin/sh -c set -ex; \tapt-get update; \tapt-get install -y --no-install-recommends' +
    pkgList(toolchainPackages) +
    ' \t; \trm -rf /var/lib/apt/lists/* # buildkit',
  created: '2026-11-17T01:19:47Z',
};

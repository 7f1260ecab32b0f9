// library/debian: trixie (Debian 13) and trixie-slim. Both rootfs layers come out of one
// debuerreotype run (`debian.sh … out/ 'trixie' '@epoch'`), so they share the history line and
// the epoch as their created time. The two layers are exported because other official images are
// built FROM them: nginx and redis FROM trixie-slim, buildpack-deps (→ node, python) FROM trixie.
import type { FileSpec, ImageSpec, LayerSpec } from '../types';
import { DEFAULT_PATH, bin, bins, dirs } from './common';

export const DEBIAN_POINT_RELEASE = '13.7';
/** The snapshot epoch debuerreotype builds from: 2026-11-16T00:00:00Z. */
const EPOCH_SECONDS = 1794787200;
export const DEBIAN_TRIXIE_CREATED = '2026-11-16T00:00:00Z';
const SNAPSHOT = '20261116T000000Z';

export const debianPasswd = `root:x:0:0:root:/root:/bin/bash
daemon:x:1:1:daemon:/usr/sbin:/usr/sbin/nologin
bin:x:2:2:bin:/bin:/usr/sbin/nologin
sys:x:3:3:sys:/dev:/usr/sbin/nologin
sync:x:4:65534:sync:/bin:/bin/sync
games:x:5:60:games:/usr/games:/usr/sbin/nologin
man:x:6:12:man:/var/cache/man:/usr/sbin/nologin
lp:x:7:7:lp:/var/spool/lpd:/usr/sbin/nologin
mail:x:8:8:mail:/var/mail:/usr/sbin/nologin
news:x:9:9:news:/var/spool/news:/usr/sbin/nologin
uucp:x:10:10:uucp:/var/spool/uucp:/usr/sbin/nologin
proxy:x:13:13:proxy:/bin:/usr/sbin/nologin
www-data:x:33:33:www-data:/var/www:/usr/sbin/nologin
backup:x:34:34:backup:/var/backups:/usr/sbin/nologin
list:x:38:38:Mailing List Manager:/var/list:/usr/sbin/nologin
irc:x:39:39:ircd:/run/ircd:/usr/sbin/nologin
_apt:x:42:65534::/nonexistent:/usr/sbin/nologin
nobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin
`;

export const debianGroup = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
lp:x:7:
mail:x:8:
news:x:9:
uucp:x:10:
man:x:12:
proxy:x:13:
kmem:x:15:
dialout:x:20:
cdrom:x:24:
floppy:x:25:
tape:x:26:
sudo:x:27:
audio:x:29:
dip:x:30:
www-data:x:33:
backup:x:34:
operator:x:37:
list:x:38:
irc:x:39:
src:x:40:
shadow:x:42:
utmp:x:43:
video:x:44:
plugdev:x:46:
staff:x:50:
games:x:60:
users:x:100:
nogroup:x:65534:
`;

/** Days since 1970 of the build, as shadow's "last changed" field records it. */
const SHADOW_DAY = Math.floor(EPOCH_SECONDS / 86400);
export const debianShadow =
  debianPasswd
    .trimEnd()
    .split('\n')
    .map((line) => `${line.split(':')[0]}:*:${SHADOW_DAY}:0:99999:7:::`)
    .join('\n') + '\n';

const osRelease = `PRETTY_NAME="Debian GNU/Linux 13 (trixie)"
NAME="Debian GNU/Linux"
VERSION_ID="13"
VERSION="13 (trixie)"
VERSION_CODENAME=trixie
DEBIAN_VERSION_FULL=${DEBIAN_POINT_RELEASE}
ID=debian
HOME_URL="https://www.debian.org/"
SUPPORT_URL="https://www.debian.org/support"
BUG_REPORT_URL="https://bugs.debian.org/"
`;

const sources = `Types: deb
# http://snapshot.debian.org/archive/debian/${SNAPSHOT}
URIs: http://deb.debian.org/debian
Suites: trixie trixie-updates
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.pgp

Types: deb
# http://snapshot.debian.org/archive/debian-security/${SNAPSHOT}
URIs: http://deb.debian.org/debian-security
Suites: trixie-security
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.pgp
`;

/** A few of the ~90 packages dpkg knows about in the base image, enough for `dpkg -l | head`. */
const dpkgStatus = ['base-files 13.8+deb13u5', 'bash 5.2.37-2+b5', 'coreutils 9.7-3', 'dash 0.5.12-12', 'libc6 2.41-12', 'libc-bin 2.41-12']
  .map((p) => {
    const [name, version] = p.split(' ');
    return `Package: ${name}\nStatus: install ok installed\nPriority: required\nArchitecture: amd64\nVersion: ${version}\n`;
  })
  .join('\n');

const coreutils = [
  'cat',
  'chmod',
  'chown',
  'cp',
  'date',
  'df',
  'du',
  'echo',
  'env',
  'head',
  'id',
  'ln',
  'ls',
  'mkdir',
  'mv',
  'pwd',
  'rm',
  'rmdir',
  'sleep',
  'sort',
  'tail',
  'touch',
  'true',
  'false',
  'uname',
  'wc',
  'whoami',
];

/** The files both variants share; slim additionally tells dpkg to skip docs, full ships them. */
function trixieRoot(): Record<string, FileSpec> {
  return {
    ...dirs([
      '/boot',
      '/dev',
      '/etc',
      '/etc/apt',
      '/etc/apt/sources.list.d',
      '/etc/dpkg',
      '/etc/dpkg/dpkg.cfg.d',
      '/home',
      '/media',
      '/mnt',
      '/opt',
      '/proc',
      '/run',
      '/srv',
      '/sys',
      '/usr',
      '/usr/bin',
      '/usr/games',
      '/usr/include',
      '/usr/lib',
      '/usr/lib64',
      '/usr/lib/x86_64-linux-gnu',
      '/usr/local',
      '/usr/local/bin',
      '/usr/local/etc',
      '/usr/local/games',
      '/usr/local/include',
      '/usr/local/lib',
      '/usr/local/sbin',
      '/usr/local/share',
      '/usr/local/src',
      '/usr/sbin',
      '/usr/share',
      '/var',
      '/var/backups',
      '/var/cache',
      '/var/cache/apt',
      '/var/lib',
      '/var/lib/apt',
      '/var/lib/apt/lists',
      '/var/lib/dpkg',
      '/var/local',
      '/var/log',
      '/var/mail',
      '/var/opt',
      '/var/spool',
    ]),
    '/root': { dir: true, mode: 0o700 },
    '/tmp': { dir: true, mode: 0o1777 },
    '/var/tmp': { dir: true, mode: 0o1777 },
    // usrmerge: since bookworm the top-level program directories are relative symlinks into /usr.
    '/bin': { symlink: 'usr/bin' },
    '/sbin': { symlink: 'usr/sbin' },
    '/lib': { symlink: 'usr/lib' },
    '/lib64': { symlink: 'usr/lib64' },
    '/etc/os-release': { symlink: '../usr/lib/os-release' },
    '/usr/lib/os-release': osRelease,
    '/etc/debian_version': `${DEBIAN_POINT_RELEASE}\n`,
    '/etc/issue': 'Debian GNU/Linux 13 \\n \\l\n\n',
    '/etc/passwd': debianPasswd,
    '/etc/group': debianGroup,
    '/etc/shadow': { content: debianShadow, mode: 0o640 },
    '/etc/shells': '# /etc/shells: valid login shells\n/bin/sh\n/usr/bin/sh\n/bin/bash\n/usr/bin/bash\n/bin/dash\n/usr/bin/dash\n',
    '/etc/bash.bashrc':
      '# System-wide .bashrc file for interactive bash(1) shells.\n[ -z "$PS1" ] && return\nPS1=\'${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ \'\n',
    '/etc/apt/sources.list.d/debian.sources': sources,
    '/root/.bashrc': "# ~/.bashrc: executed by bash(1) for non-login shells.\nexport LS_OPTIONS='--color=auto'\n",
    '/root/.profile':
      '# ~/.profile: executed by Bourne-compatible login shells.\nif [ "$BASH" ]; then\n  if [ -f ~/.bashrc ]; then\n    . ~/.bashrc\n  fi\nfi\nmesg n 2> /dev/null || true\n',
    '/usr/bin/bash': bin('/usr/bin/bash (GNU bash 5.2.37)'),
    '/usr/bin/dash': bin('/usr/bin/dash (Debian Almquist shell)'),
    '/usr/bin/sh': { symlink: 'dash' },
    ...bins('/usr/bin', coreutils, 'coreutils 9.7'),
    ...bins('/usr/bin', ['apt', 'apt-get', 'apt-cache'], 'apt 3.0'),
    ...bins('/usr/bin', ['dpkg', 'dpkg-query'], 'dpkg 1.22'),
    ...bins('/usr/bin', ['grep', 'sed', 'tar', 'gzip', 'hostname', 'login', 'mount', 'su'], 'Debian base'),
    ...bins('/usr/sbin', ['groupadd', 'useradd', 'usermod', 'nologin'], 'passwd / login'),
    '/usr/lib/x86_64-linux-gnu/libc.so.6': bin('GNU C Library 2.41'),
    '/usr/lib64/ld-linux-x86-64.so.2': { symlink: '../lib/x86_64-linux-gnu/ld-linux-x86-64.so.2' },
    '/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2': bin('the dynamic loader (glibc 2.41)'),
    '/var/lib/dpkg/status': dpkgStatus,
  };
}

/** The same history line for both variants: one debuerreotype run writes both rootfs tarballs. */
const debianShCreatedBy = `# debian.sh --arch 'amd64' out/ 'trixie' '@${EPOCH_SECONDS}'`;

export const debianTrixieSlimLayer: LayerSpec = {
  key: 'debian-trixie-slim-rootfs',
  files: {
    ...trixieRoot(),
    // What makes "slim" slim: dpkg is told never to unpack documentation.
    '/etc/dpkg/dpkg.cfg.d/docker':
      'path-exclude /usr/share/doc/*\npath-include /usr/share/doc/*/copyright\npath-exclude /usr/share/man/*\npath-exclude /usr/share/groff/*\npath-exclude /usr/share/info/*\npath-exclude /usr/share/locale/*\n',
  },
  size: 78_612_704,
  compressedSize: 29_776_314,
  createdBy: debianShCreatedBy,
  created: DEBIAN_TRIXIE_CREATED,
};

export const debianTrixieLayer: LayerSpec = {
  key: 'debian-trixie-rootfs',
  files: {
    ...trixieRoot(),
    ...dirs(['/usr/share/doc', '/usr/share/doc/bash', '/usr/share/man', '/usr/share/man/man1', '/usr/share/locale']),
    '/usr/share/doc/bash/README': 'This is the Debian package of GNU Bash, the Bourne Again SHell.\n',
    '/usr/share/man/man1/ls.1.gz': 'stand-in for the gzip-compressed manual page of ls(1)\n',
    '/usr/share/man/man1/bash.1.gz': 'stand-in for the gzip-compressed manual page of bash(1)\n',
  },
  size: 120_154_112,
  compressedSize: 49_285_630,
  createdBy: debianShCreatedBy,
  created: DEBIAN_TRIXIE_CREATED,
};

const debianConfig = { Env: [DEFAULT_PATH], Cmd: ['bash'] };

export const debianTrixie: ImageSpec = {
  repository: 'library/debian',
  tags: ['trixie', 'trixie-20261116', '13', DEBIAN_POINT_RELEASE, 'latest'],
  created: DEBIAN_TRIXIE_CREATED,
  steps: [{ layer: debianTrixieLayer }],
  config: debianConfig,
  runtime: { kind: 'shell' },
};

export const debianTrixieSlim: ImageSpec = {
  repository: 'library/debian',
  tags: ['trixie-slim', 'trixie-20261116-slim', '13-slim', `${DEBIAN_POINT_RELEASE}-slim`],
  created: DEBIAN_TRIXIE_CREATED,
  steps: [{ layer: debianTrixieSlimLayer }],
  config: debianConfig,
  runtime: { kind: 'shell' },
};

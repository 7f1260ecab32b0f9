// library/alpine: the minirootfs tarball ADDed onto scratch. Almost every command is an applet of
// /bin/busybox (symlinks, as in the real image); apk is the one real program a learner meets.
import type { ImageSpec, LayerSpec } from '../types';
import { after, bin, dirs, empty, links } from './common';

export const ALPINE_VERSION = '3.23.0';
const BRANCH = 'v3.23';
const BUILT = '2026-11-12T15:04:33Z';

const binApplets = [
  'sh',
  'ash',
  'cat',
  'chmod',
  'chown',
  'cp',
  'date',
  'df',
  'echo',
  'grep',
  'hostname',
  'kill',
  'ln',
  'ls',
  'mkdir',
  'mount',
  'mv',
  'ping',
  'ps',
  'pwd',
  'rm',
  'sed',
  'sleep',
  'tar',
  'touch',
  'uname',
  'vi',
];
const usrBinApplets = ['env', 'head', 'id', 'nc', 'sort', 'tail', 'top', 'tr', 'wc', 'wget', 'whoami', 'xargs'];

const passwd = `root:x:0:0:root:/root:/bin/sh
bin:x:1:1:bin:/bin:/sbin/nologin
daemon:x:2:2:daemon:/sbin:/sbin/nologin
lp:x:4:7:lp:/var/spool/lpd:/sbin/nologin
sync:x:5:0:sync:/sbin:/bin/sync
shutdown:x:6:0:shutdown:/sbin:/sbin/shutdown
halt:x:7:0:halt:/sbin:/sbin/halt
mail:x:8:12:mail:/var/mail:/sbin/nologin
news:x:9:13:news:/usr/lib/news:/sbin/nologin
uucp:x:10:14:uucp:/var/spool/uucppublic:/sbin/nologin
cron:x:16:16:cron:/var/spool/cron:/sbin/nologin
ftp:x:21:21::/var/lib/ftp:/sbin/nologin
sshd:x:22:22:sshd:/dev/null:/sbin/nologin
games:x:35:35:games:/usr/games:/sbin/nologin
ntp:x:123:123:NTP:/var/empty:/sbin/nologin
guest:x:405:100:guest:/dev/null:/sbin/nologin
nobody:x:65534:65534:nobody:/:/sbin/nologin
`;

const group = `root:x:0:root
bin:x:1:root,bin,daemon
daemon:x:2:root,bin,daemon
sys:x:3:root,bin
adm:x:4:root,daemon
tty:x:5:
disk:x:6:root
lp:x:7:lp
kmem:x:9:
wheel:x:10:root
floppy:x:11:root
mail:x:12:mail
news:x:13:news
uucp:x:14:uucp
cron:x:16:cron
audio:x:18:
cdrom:x:19:
dialout:x:20:root
ftp:x:21:
sshd:x:22:
input:x:23:
tape:x:26:root
video:x:27:root
netdev:x:28:
kvm:x:34:kvm
games:x:35:
shadow:x:42:
www-data:x:82:
users:x:100:games
ntp:x:123:
abuild:x:300:
utmp:x:406:
ping:x:999:
nogroup:x:65533:
nobody:x:65534:
`;

const rootfsLayer: LayerSpec = {
  key: `alpine-minirootfs-${ALPINE_VERSION}`,
  files: {
    ...dirs([
      '/bin',
      '/dev',
      '/etc',
      '/etc/apk',
      '/etc/apk/keys',
      '/home',
      '/lib',
      '/lib/apk',
      '/media',
      '/mnt',
      '/opt',
      '/proc',
      '/run',
      '/sbin',
      '/srv',
      '/sys',
      '/usr',
      '/usr/bin',
      '/usr/lib',
      '/usr/local',
      '/usr/local/bin',
      '/usr/sbin',
      '/usr/share',
      '/var',
      '/var/cache',
      '/var/cache/apk',
      '/var/lib',
      '/var/log',
      '/var/spool',
    ]),
    '/root': { dir: true, mode: 0o700 },
    '/tmp': { dir: true, mode: 0o1777 },
    '/var/tmp': { dir: true, mode: 0o1777 },
    '/bin/busybox': bin('BusyBox v1.37.0 (musl) multi-call binary'),
    ...links('/bin', binApplets, '/bin/busybox'),
    ...links('/usr/bin', usrBinApplets, '/bin/busybox'),
    '/sbin/apk': bin(`apk-tools 3 (Alpine package keeper), Alpine ${BRANCH}`),
    '/lib/ld-musl-x86_64.so.1': bin('musl libc 1.2.5 and its dynamic loader'),
    '/lib/libc.musl-x86_64.so.1': { symlink: 'ld-musl-x86_64.so.1' },
    '/etc/alpine-release': `${ALPINE_VERSION}\n`,
    '/etc/os-release': `NAME="Alpine Linux"\nID=alpine\nVERSION_ID=${ALPINE_VERSION}\nPRETTY_NAME="Alpine Linux ${BRANCH}"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n`,
    '/etc/apk/repositories': `https://dl-cdn.alpinelinux.org/alpine/${BRANCH}/main\nhttps://dl-cdn.alpinelinux.org/alpine/${BRANCH}/community\n`,
    '/etc/apk/world': 'alpine-baselayout\nalpine-keys\nalpine-release\napk-tools\nbusybox\nca-certificates-bundle\nlibc-utils\n',
    '/etc/passwd': passwd,
    '/etc/group': group,
    '/etc/shadow': {
      content:
        passwd
          .trimEnd()
          .split('\n')
          .map((l) => `${l.split(':')[0]}:${l.startsWith('root:') ? '*' : '!'}::0:::::`)
          .join('\n') + '\n',
      mode: 0o640,
    },
    '/etc/shells': '# valid login shells\n/bin/sh\n/bin/ash\n',
    '/etc/profile':
      'export PATH="/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"\nexport PAGER=less\numask 022\nfor script in /etc/profile.d/*.sh ; do\n\tif [ -r "$script" ] ; then\n\t\t. "$script"\n\tfi\ndone\n',
    '/etc/motd':
      'Welcome to Alpine!\n\nThe Alpine Wiki contains a large amount of how-to guides and general\ninformation about administrating Alpine systems.\nSee <https://wiki.alpinelinux.org/>.\n',
  },
  size: 8_441_327,
  compressedSize: 3_802_452,
  createdBy: `ADD alpine-minirootfs-${ALPINE_VERSION}-x86_64.tar.gz / # buildkit`,
  created: BUILT,
};

export const alpine: ImageSpec = {
  repository: 'library/alpine',
  tags: ['3.23', ALPINE_VERSION, '3', 'latest'],
  created: after(BUILT, 1),
  steps: [{ layer: rootfsLayer }, empty('CMD ["/bin/sh"]', after(BUILT, 1))],
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['/bin/sh'] },
  runtime: { kind: 'shell' },
};

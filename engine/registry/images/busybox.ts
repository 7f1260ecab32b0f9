// library/busybox (default glibc variant): one static-ish multi-call binary and its applets.
// The real image hard-links the applets to /bin/busybox; FileSpec has no hard links, so they are
// symlinks here, which behaves the same for running them and differs only in `ls -l`.
import type { ImageSpec, LayerSpec } from '../types';
import { DEFAULT_PATH, bin, dirs, empty, links } from './common';

export const BUSYBOX_VERSION = '1.37.0';
const BUILT = '2026-10-06T17:02:14Z';

/** The applets a learner reaches for; the real binary has about 400. */
export const busyboxApplets = [
  'sh',
  'ash',
  'cat',
  'chmod',
  'cp',
  'date',
  'df',
  'du',
  'echo',
  'env',
  'grep',
  'head',
  'hostname',
  'id',
  'kill',
  'ln',
  'ls',
  'mkdir',
  'mv',
  'nc',
  'ping',
  'ps',
  'pwd',
  'rm',
  'sed',
  'sleep',
  'sort',
  'tail',
  'tar',
  'top',
  'touch',
  'uname',
  'vi',
  'wc',
  'wget',
  'whoami',
];

const passwd = `root:x:0:0:root:/root:/bin/sh
daemon:x:1:1:daemon:/usr/sbin:/bin/false
bin:x:2:2:bin:/bin:/bin/false
sys:x:3:3:sys:/dev:/bin/false
sync:x:4:100:sync:/bin:/bin/sync
mail:x:8:8:mail:/var/spool/mail:/bin/false
www-data:x:33:33:www-data:/var/www:/bin/false
operator:x:37:37:Operator:/var:/bin/false
nobody:x:65534:65534:nobody:/home:/bin/false
`;

const group = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:
tty:x:5:
disk:x:6:
wheel:x:10:root
mail:x:8:
www-data:x:33:
operator:x:37:
staff:x:50:
users:x:100:
nogroup:x:65534:
`;

const rootfsLayer: LayerSpec = {
  key: 'busybox-1.37.0-glibc-rootfs',
  files: {
    ...dirs([
      '/bin',
      '/dev',
      '/etc',
      '/etc/network',
      '/home',
      '/lib',
      '/proc',
      '/sys',
      '/usr',
      '/usr/sbin',
      '/var',
      '/var/spool',
      '/var/spool/mail',
      '/var/www',
    ]),
    '/root': { dir: true, mode: 0o700 },
    '/tmp': { dir: true, mode: 0o1777 },
    '/bin/busybox': bin(`BusyBox v${BUSYBOX_VERSION} (glibc) multi-call binary`),
    ...links('/bin', busyboxApplets, '/bin/busybox'),
    '/etc/passwd': passwd,
    '/etc/group': group,
    '/etc/shadow': {
      content:
        passwd
          .trimEnd()
          .split('\n')
          .map((l) => `${l.split(':')[0]}:*:10933:0:99999:7:::`)
          .join('\n') + '\n',
      mode: 0o640,
    },
    '/etc/nsswitch.conf': 'hosts:\t\tfiles dns\nnetworks:\tfiles\npasswd:\t\tfiles\ngroup:\t\tfiles\nshadow:\t\tfiles\n',
    '/lib/libc.so.6': bin('GNU C Library 2.41 (copied from Debian)'),
    '/lib/ld-linux-x86-64.so.2': bin('the dynamic loader (glibc 2.41)'),
    '/lib64': { symlink: 'lib' },
  },
  size: 4_296_318,
  compressedSize: 2_152_337,
  createdBy: 'ADD busybox.tar.xz / # buildkit',
  created: BUILT,
};

export const busybox: ImageSpec = {
  repository: 'library/busybox',
  tags: ['1.37', BUSYBOX_VERSION, '1', 'glibc', `${BUSYBOX_VERSION}-glibc`, 'stable', 'latest'],
  created: BUILT,
  steps: [{ layer: rootfsLayer }, empty('CMD ["sh"]', BUILT)],
  config: { Env: [DEFAULT_PATH], Cmd: ['sh'] },
  runtime: { kind: 'shell' },
};

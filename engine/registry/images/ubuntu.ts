// library/ubuntu: built with the classic builder from Canonical's OCI rootfs, which is why its
// history keeps the old `/bin/sh -c #(nop) …` form and an `ADD file:<checksum> in /` line.
// The checksum in that line is the build context's file hash; the tarball is not bundled, so we use
// sha256 of the tarball's file name (computed once, by hand) as a stable stand-in.
import type { FileSpec, ImageSpec, LayerSpec } from '../types';
import { DEFAULT_PATH, after, bin, bins, dirs, empty } from './common';

interface Release {
  version: string;
  pointRelease: string;
  codename: string;
  adjective: string;
  animal: string;
  debianBase: string;
  built: string;
  addChecksum: string;
  size: number;
  compressedSize: number;
}

const resolute: Release = {
  version: '26.04',
  pointRelease: '26.04.1',
  codename: 'resolute',
  adjective: 'Resolute',
  animal: 'Raccoon',
  debianBase: 'forky/sid',
  built: '2026-10-21T09:14:52Z',
  addChecksum: 'd8149b4a88c776b579a96478e9817bc543bf1579d744b26c523cfbbc9b3ff14f',
  size: 79_361_280,
  compressedSize: 30_085_120,
};

const noble: Release = {
  version: '24.04',
  pointRelease: '24.04.3',
  codename: 'noble',
  adjective: 'Noble',
  animal: 'Numbat',
  debianBase: 'trixie/sid',
  built: '2026-10-14T08:02:37Z',
  addChecksum: '8f9f78066355cf3cb41428fca1a7f6eed86f29f6e03cae94a9236f659bd8993f',
  size: 78_118_912,
  compressedSize: 29_723_147,
};

const passwd = `root:x:0:0:root:/root:/bin/bash
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
ubuntu:x:1000:1000:Ubuntu:/home/ubuntu:/bin/bash
`;

const group = `root:x:0:
daemon:x:1:
bin:x:2:
sys:x:3:
adm:x:4:ubuntu
tty:x:5:
disk:x:6:
mail:x:8:
man:x:12:
proxy:x:13:
sudo:x:27:ubuntu
audio:x:29:ubuntu
www-data:x:33:
backup:x:34:
shadow:x:42:
utmp:x:43:
video:x:44:ubuntu
plugdev:x:46:
staff:x:50:
users:x:100:
nogroup:x:65534:
ubuntu:x:1000:
`;

function rootfs(r: Release): Record<string, FileSpec> {
  return {
    ...dirs([
      '/boot',
      '/dev',
      '/etc',
      '/etc/apt',
      '/etc/apt/sources.list.d',
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
      '/usr/lib',
      '/usr/lib64',
      '/usr/lib/x86_64-linux-gnu',
      '/usr/local',
      '/usr/local/bin',
      '/usr/sbin',
      '/usr/share',
      '/var',
      '/var/cache',
      '/var/lib',
      '/var/lib/apt',
      '/var/lib/apt/lists',
      '/var/log',
      '/var/mail',
      '/var/spool',
    ]),
    '/home/ubuntu': { dir: true, mode: 0o750 },
    '/root': { dir: true, mode: 0o700 },
    '/tmp': { dir: true, mode: 0o1777 },
    '/var/tmp': { dir: true, mode: 0o1777 },
    '/bin': { symlink: 'usr/bin' },
    '/sbin': { symlink: 'usr/sbin' },
    '/lib': { symlink: 'usr/lib' },
    '/lib64': { symlink: 'usr/lib64' },
    '/etc/os-release': { symlink: '../usr/lib/os-release' },
    '/usr/lib/os-release': `PRETTY_NAME="Ubuntu ${r.pointRelease} LTS"\nNAME="Ubuntu"\nVERSION_ID="${r.version}"\nVERSION="${r.pointRelease} LTS (${r.adjective} ${r.animal})"\nVERSION_CODENAME=${r.codename}\nID=ubuntu\nID_LIKE=debian\nHOME_URL="https://www.ubuntu.com/"\nSUPPORT_URL="https://help.ubuntu.com/"\nBUG_REPORT_URL="https://bugs.launchpad.net/ubuntu/"\nPRIVACY_POLICY_URL="https://www.ubuntu.com/legal/terms-and-policies/privacy-policy"\nUBUNTU_CODENAME=${r.codename}\nLOGO=ubuntu-logo\n`,
    '/etc/lsb-release': `DISTRIB_ID=Ubuntu\nDISTRIB_RELEASE=${r.version}\nDISTRIB_CODENAME=${r.codename}\nDISTRIB_DESCRIPTION="Ubuntu ${r.pointRelease} LTS"\n`,
    '/etc/debian_version': `${r.debianBase}\n`,
    '/etc/passwd': passwd,
    '/etc/group': group,
    '/etc/shadow': {
      content:
        passwd
          .trimEnd()
          .split('\n')
          .map((l) => `${l.split(':')[0]}:*:20300:0:99999:7:::`)
          .join('\n') + '\n',
      mode: 0o640,
    },
    '/etc/apt/sources.list.d/ubuntu.sources': `Types: deb\nURIs: http://archive.ubuntu.com/ubuntu/\nSuites: ${r.codename} ${r.codename}-updates ${r.codename}-backports\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n\nTypes: deb\nURIs: http://security.ubuntu.com/ubuntu/\nSuites: ${r.codename}-security\nComponents: main universe restricted multiverse\nSigned-By: /usr/share/keyrings/ubuntu-archive-keyring.gpg\n`,
    '/root/.bashrc':
      '# ~/.bashrc: executed by bash(1) for non-login shells.\n[ -z "$PS1" ] && return\nPS1=\'${debian_chroot:+($debian_chroot)}\\u@\\h:\\w\\$ \'\n',
    '/usr/bin/bash': bin(`/usr/bin/bash (Ubuntu ${r.version})`),
    '/usr/bin/dash': bin(`/usr/bin/dash (Ubuntu ${r.version})`),
    '/usr/bin/sh': { symlink: 'dash' },
    ...bins(
      '/usr/bin',
      [
        'cat',
        'cp',
        'date',
        'echo',
        'env',
        'grep',
        'head',
        'id',
        'ls',
        'mkdir',
        'mv',
        'pwd',
        'rm',
        'sed',
        'sleep',
        'tail',
        'tar',
        'touch',
        'uname',
        'whoami',
      ],
      `Ubuntu ${r.version} base`,
    ),
    ...bins('/usr/bin', ['apt', 'apt-get', 'dpkg'], `Ubuntu ${r.version} base`),
    '/usr/lib/x86_64-linux-gnu/libc.so.6': bin('GNU C Library (Ubuntu)'),
  };
}

function ubuntuImage(r: Release, tags: string[]): ImageSpec {
  const t = (s: number): string => after(r.built, s);
  const layer: LayerSpec = {
    key: `ubuntu-${r.codename}-rootfs`,
    files: rootfs(r),
    size: r.size,
    compressedSize: r.compressedSize,
    createdBy: `/bin/sh -c #(nop) ADD file:${r.addChecksum} in / `,
    created: t(2),
  };
  return {
    repository: 'library/ubuntu',
    tags,
    created: t(3),
    steps: [
      empty('/bin/sh -c #(nop)  ARG RELEASE', t(0)),
      empty('/bin/sh -c #(nop)  ARG LAUNCHPAD_BUILD_ARCH', t(0)),
      empty('/bin/sh -c #(nop)  LABEL org.opencontainers.image.ref.name=ubuntu', t(0)),
      empty(`/bin/sh -c #(nop)  LABEL org.opencontainers.image.version=${r.version}`, t(0)),
      { layer },
      empty('/bin/sh -c #(nop)  CMD ["/bin/bash"]', t(3)),
    ],
    config: {
      Env: [DEFAULT_PATH],
      Cmd: ['/bin/bash'],
      Labels: { 'org.opencontainers.image.ref.name': 'ubuntu', 'org.opencontainers.image.version': r.version },
    },
    runtime: { kind: 'shell' },
  };
}

export const ubuntuResolute = ubuntuImage(resolute, ['26.04', 'resolute', 'resolute-20261021', 'latest']);
export const ubuntuNoble = ubuntuImage(noble, ['24.04', 'noble', 'noble-20261014']);

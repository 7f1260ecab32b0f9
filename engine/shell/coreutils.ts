// The error wording of the two userlands the bundled images ship: GNU coreutils + dash
// (Debian/Ubuntu based images) and BusyBox (busybox, alpine). The shell's own errors also depend
// on which shell it is: dash numbers the line ("sh: 1: …"), bash names the builtin instead.
import type { FsErrorCode } from '../model/cow';

export type Userland = 'gnu' | 'busybox';

const REASON: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
};

export const utilError = {
  cat: (u: Userland, path: string, code: FsErrorCode) => (u === 'gnu' ? `cat: ${path}: ${REASON[code]}` : `cat: can't open '${path}': ${REASON[code]}`),
  ls: (u: Userland, path: string, code: FsErrorCode) => (u === 'gnu' ? `ls: cannot access '${path}': ${REASON[code]}` : `ls: ${path}: ${REASON[code]}`),
  rm: (u: Userland, path: string, code: FsErrorCode) => (u === 'gnu' ? `rm: cannot remove '${path}': ${REASON[code]}` : `rm: can't remove '${path}': ${REASON[code]}`),
  mkdir: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `mkdir: cannot create directory '${path}': ${REASON[code]}` : `mkdir: can't create directory '${path}': ${REASON[code]}`,
  touch: (u: Userland, path: string, code: FsErrorCode) => (u === 'gnu' ? `touch: cannot touch '${path}': ${REASON[code]}` : `touch: ${path}: ${REASON[code]}`),
  redirect: (u: Userland, shell: string, path: string, code: FsErrorCode) =>
    isBash(shell)
      ? `${shell}: ${path}: ${REASON[code]}`
      : u === 'gnu'
        ? `${shell}: 1: cannot create ${path}: ${code === 'ENOENT' ? 'Directory nonexistent' : REASON[code]}`
        : `${shell}: can't create ${path}: ${REASON[code]}`,
  notFound: (u: Userland, shell: string, cmd: string) =>
    isBash(shell) ? `${shell}: ${cmd}: command not found` : u === 'gnu' ? `${shell}: 1: ${cmd}: not found` : `${shell}: ${cmd}: not found`,
  cd: (u: Userland, shell: string, target: string) =>
    isBash(shell)
      ? `${shell}: cd: ${target}: No such file or directory`
      : u === 'gnu'
        ? `${shell}: 1: cd: can't cd to ${target}`
        : `${shell}: cd: can't cd to ${target}: No such file or directory`,
};

/** bash (Debian's and Ubuntu's /bin/bash), as opposed to dash or BusyBox ash. */
export function isBash(shell: string): boolean {
  return shell === 'bash' || shell.endsWith('/bash');
}

// Every error text of the shells and the file programs, in one place. Two userlands: GNU coreutils
// (Debian/Ubuntu-based images, and the learner's host) and BusyBox (busybox, alpine). Three shells:
// bash (the host, and `bash` in Debian-based images), dash (`sh` there) and BusyBox ash (`sh` in
// busybox and alpine). dash numbers the line ("sh: 1: …"); bash names the builtin instead; ash
// does neither.
import type { FsErrorCode } from '../model/cow';

export type Userland = 'gnu' | 'busybox';

export type Dialect = 'bash' | 'dash' | 'ash';

const REASON: Record<FsErrorCode, string> = {
  ENOENT: 'No such file or directory',
  ENOTDIR: 'Not a directory',
  EISDIR: 'Is a directory',
  EEXIST: 'File exists',
  ENOTEMPTY: 'Directory not empty',
  EROFS: 'Read-only file system',
};

/** Which shell a program name is in a userland: bash is bash; sh is dash (GNU) or ash (BusyBox). */
export function dialectOf(u: Userland, shell: string): Dialect {
  if (isBash(shell)) return 'bash';
  return u === 'gnu' ? 'dash' : 'ash';
}

export const utilError = {
  cat: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `cat: ${path}: ${REASON[code]}` : `cat: can't open '${path}': ${REASON[code]}`,
  ls: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `ls: cannot access '${path}': ${REASON[code]}` : `ls: ${path}: ${REASON[code]}`,
  rm: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `rm: cannot remove '${path}': ${REASON[code]}` : `rm: can't remove '${path}': ${REASON[code]}`,
  mkdir: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `mkdir: cannot create directory '${path}': ${REASON[code]}` : `mkdir: can't create directory '${path}': ${REASON[code]}`,
  touch: (u: Userland, path: string, code: FsErrorCode) =>
    u === 'gnu' ? `touch: cannot touch '${path}': ${REASON[code]}` : `touch: ${path}: ${REASON[code]}`,
  redirect: (u: Userland, shell: string, path: string, code: FsErrorCode) => shellError.redirect(dialectOf(u, shell), shell, path, code),
  notFound: (u: Userland, shell: string, cmd: string) => shellError.notFound(dialectOf(u, shell), shell, cmd),
  cd: (u: Userland, shell: string, target: string) => shellError.cd(dialectOf(u, shell), shell, target, 'ENOENT'),
};

/** The shells' own errors (bash builtins/cd.def and redirection errors; dash's and ash's cd and sh_error texts). */
export const shellError = {
  redirect: (d: Dialect, shell: string, path: string, code: FsErrorCode) =>
    d === 'bash'
      ? `${shell}: ${path}: ${REASON[code]}`
      : d === 'dash'
        ? `${shell}: 1: cannot create ${path}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'Directory nonexistent' : REASON[code]}`
        : `${shell}: can't create ${path}: ${REASON[code]}`,
  /** `< file` that cannot be opened: bash redir.c; dash errmsg(E_OPEN) "No such file"; BusyBox ash "can't open". */
  open: (d: Dialect, shell: string, path: string, code: FsErrorCode) =>
    d === 'bash'
      ? `${shell}: ${path}: ${REASON[code]}`
      : d === 'dash'
        ? `${shell}: 1: cannot open ${path}: ${code === 'ENOENT' || code === 'ENOTDIR' ? 'No such file' : REASON[code]}`
        : `${shell}: can't open ${path}: ${REASON[code]}`,
  /** `>&3` with no fd 3 open. */
  badFd: (d: Dialect, shell: string, fd: string) =>
    d === 'bash'
      ? `${shell}: ${fd}: Bad file descriptor`
      : d === 'dash'
        ? `${shell}: 1: ${fd}: Bad file descriptor`
        : `${shell}: dup2(${fd},1): Bad file descriptor`,
  notFound: (d: Dialect, shell: string, cmd: string) =>
    d === 'bash' ? `${shell}: ${cmd}: command not found` : d === 'dash' ? `${shell}: 1: ${cmd}: not found` : `${shell}: ${cmd}: not found`,
  cd: (d: Dialect, shell: string, target: string, code: FsErrorCode) =>
    d === 'bash'
      ? `${shell}: cd: ${target}: ${REASON[code]}`
      : d === 'dash'
        ? `${shell}: 1: cd: can't cd to ${target}`
        : `${shell}: cd: can't cd to ${target}: ${REASON[code]}`,
  cdTooMany: (shell: string) => `${shell}: cd: too many arguments`,
  /** `cd -` before any cd: bash "OLDPWD not set"; dash and ash go to "" and stay (no error). */
  oldPwdNotSet: (shell: string) => `${shell}: cd: OLDPWD not set`,
  exitNumber: (d: Dialect, shell: string, arg: string) =>
    d === 'bash'
      ? `${shell}: exit: ${arg}: numeric argument required`
      : d === 'dash'
        ? `${shell}: 1: exit: Illegal number: ${arg}`
        : `${shell}: exit: Illegal number: ${arg}`,
  syntax: (d: Dialect, shell: string, message: string) => (d === 'dash' ? `${shell}: 1: ${message}` : `${shell}: ${message}`),
};

/** bash (Debian's and Ubuntu's /bin/bash), as opposed to dash or BusyBox ash. */
export function isBash(shell: string): boolean {
  return shell === 'bash' || shell.endsWith('/bash');
}

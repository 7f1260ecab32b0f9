// The prompt of a shell session inside a container, as each shell prints its default PS1 (an
// interactive shell started by `docker run -it` or `exec -it` reads no profile):
// - bash: Debian's /etc/bash.bashrc PS1, `user@hostname:cwd# ` (`$` for anyone but root, `~` at the
//   user's home, "I have no name!" for a uid without a passwd entry);
// - BusyBox ash (`sh` in busybox and alpine): `\w \$ ` (busybox shell/ash.c initvar, with
//   FEATURE_EDITING_FANCY_PROMPT), so `/ # ` at the root;
// - dash (`sh` in Debian-based images): `# ` for root, `$ ` for anyone else (dash src/var.c).
import type { Container } from '../model/container';
import { dialectOf } from './coreutils';
import { ROOT, sessionOf } from './identity';
import { userlandOf } from './programs';

export function sessionPrompt(c: Container, cwd: string, shell = 'bash'): string {
  const who = sessionOf(c)?.who ?? ROOT;
  const sign = who.uid === 0 ? '#' : '$';
  const dir = cwd === who.home ? '~' : who.home !== '/' && cwd.startsWith(who.home + '/') ? '~' + cwd.slice(who.home.length) : cwd;
  switch (dialectOf(userlandOf(c), shell)) {
    case 'ash':
      return `${dir} ${sign} `;
    case 'dash':
      return `${sign} `;
    default:
      return `${who.user ?? 'I have no name!'}@${c.hostname()}:${dir}${sign} `;
  }
}

// The prompt of a shell session inside a container: user@hostname:cwd, `#` for root and `$` for
// anyone else, `~` at the user's home, bash's "I have no name!" for a uid without a passwd entry.
import type { Container } from '../model/container';
import { ROOT, sessionOf } from './identity';

export function sessionPrompt(c: Container, cwd: string): string {
  const who = sessionOf(c)?.who ?? ROOT;
  return `${who.user ?? 'I have no name!'}@${c.hostname()}:${cwd === who.home ? '~' : cwd}${who.uid === 0 ? '#' : '$'} `;
}

// Who a process in a container runs as, and the environment it sees. `docker exec -u` resolves
// its user against the container's own /etc/passwd and /etc/group (moby daemon/oci_linux.go
// getUser): a name that is not there fails, a bare number is used as is with group 0.
import type { Container } from '../model/container';
import { UnknownUser } from '../errors/daemon-errors';

export interface Identity {
  uid: number;
  gid: number;
  user?: string;
  group?: string;
  home: string;
}

export const ROOT: Identity = { uid: 0, gid: 0, user: 'root', group: 'root', home: '/root' };

function table(c: Container, path: string): string[][] {
  try {
    return c.fs
      .readFile(path)
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split(':'));
  } catch {
    return [];
  }
}

/** Resolves `name|uid[:group|gid]`; throws UnknownUser (moby/sys/user GetExecUser). */
export function resolveUser(c: Container, spec: string | undefined): Identity {
  if (!spec) return ROOT;
  const [userPart, groupPart] = spec.split(':') as [string, string?];
  const passwd = table(c, '/etc/passwd');
  const groups = table(c, '/etc/group');
  const entry = passwd.find((p) => p[0] === userPart || (/^\d+$/.test(userPart) && p[2] === userPart));
  if (!entry && !/^\d+$/.test(userPart)) throw new UnknownUser('user', userPart);
  let gid = entry ? Number(entry[3]) : 0;
  if (groupPart !== undefined) {
    const g = groups.find((x) => x[0] === groupPart || (/^\d+$/.test(groupPart) && x[2] === groupPart));
    if (!g && !/^\d+$/.test(groupPart)) throw new UnknownUser('group', groupPart);
    gid = g ? Number(g[2]) : Number(groupPart);
  }
  return {
    uid: entry ? Number(entry[2]) : Number(userPart),
    gid,
    user: entry?.[0],
    group: groups.find((x) => Number(x[2]) === gid)?.[0],
    home: entry?.[5] || '/',
  };
}

/**
 * The process environment as moby's CreateDaemonEnvironment builds it (container/container.go):
 * PATH, HOSTNAME, then the container's Env replacing or appending (its PATH takes PATH's place),
 * exec's -e on top, then HOME.
 */
export function processEnv(c: Container, who: Identity, extra: readonly string[] = []): string[] {
  const env = ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', `HOSTNAME=${c.hostname()}`];
  for (const e of c.config.env) {
    const key = e.split('=')[0]!;
    const i = env.findIndex((x) => x.split('=')[0] === key);
    if (i === -1) env.push(e);
    else env[i] = e;
  }
  for (const e of extra) {
    const key = e.split('=')[0]!;
    const i = env.findIndex((x) => x.split('=')[0] === key);
    if (i === -1) env.push(e);
    else env[i] = e;
  }
  if (!env.some((e) => e.startsWith('HOME='))) env.push(`HOME=${who.home}`);
  return env;
}

/** `$NAME` lookups for the shell's expansion. */
export function envLookup(env: readonly string[]): (key: string) => string {
  const map = new Map(env.map((e) => [e.slice(0, e.indexOf('=')), e.slice(e.indexOf('=') + 1)] as [string, string]));
  return (key) => map.get(key) ?? '';
}

/** The identity and -e of the `exec -it` shell session attached to a container, if any. */
const sessions = new WeakMap<Container, { who: Identity; env: readonly string[] }>();

export function setSession(c: Container, session: { who: Identity; env: readonly string[] } | undefined): void {
  if (session) sessions.set(c, session);
  else sessions.delete(c);
}

export function sessionOf(c: Container): { who: Identity; env: readonly string[] } | undefined {
  return sessions.get(c);
}

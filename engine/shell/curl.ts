// `curl http://localhost:PORT/PATH`: answered by the running container that published PORT,
// from that container's own filesystem (its writable layer over its image).
import { byteLength } from '../model/digest';
import type { Daemon } from '../daemon/daemon';
import type { CommandResult } from '../output';
import { normalizePath } from '../model/entry';
import type { Container } from '../model/container';

const NOT_FOUND =
  '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

interface Target {
  host: string;
  port: number;
  path: string;
}

/** The URL's host, port and path, or the curl error for a host nobody can resolve here. */
function parseUrl(args: string[]): Target | CommandResult {
  const url = args.find((a) => !a.startsWith('-'));
  if (!url) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  const m = /^(?:http:\/\/)?(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d+))?(\/[^?#]*)?/.exec(url);
  if (!m)
    return { stdout: '', stderr: `curl: (6) Could not resolve host: ${url.replace(/^https?:\/\//, '').split(/[/:]/)[0]}\n`, exitCode: 6 };
  return { host: m[1] === '[::1]' ? '::1' : m[1]!, port: Number(m[2] ?? 80), path: m[3] ?? '/' };
}

const refused = (t: Target): CommandResult => ({
  stdout: '',
  stderr: `curl: (7) Failed to connect to ${t.host} port ${t.port} after 0 ms: Couldn't connect to server\n`,
  exitCode: 7,
});

/**
 * The container's web server answers `path` from its own filesystem (its writable layer over its
 * image) and logs the request, as nginx writes its access log to the container's stdout.
 */
function serve(owner: Container, path: string, client: string, now: number): CommandResult {
  const http = owner.runtime!.http!;
  let file = normalizePath(decodeURIComponent(path));
  if (owner.fs.stat(normalizePath('.' + file, http.root))?.type === 'dir')
    file = normalizePath(http.index, normalizePath('.' + file, http.root));
  else file = normalizePath('.' + file, http.root);
  const entry = owner.fs.stat(file);
  const status = entry?.type === 'file' ? 200 : 404;
  const body = entry?.type === 'file' ? entry.content : NOT_FOUND;
  owner.log(now, [`${client} - - [${accessTime(now)}] "GET ${path} HTTP/1.1" ${status} ${byteLength(body)} "-" "curl/8.14.1" "-"`]);
  return { stdout: body, stderr: '', exitCode: 0 };
}

/** On the host: the running container that published the port answers, through docker's bridge. */
export function curl(state: Daemon, args: string[]): CommandResult {
  const t = parseUrl(args);
  if ('exitCode' in t) return t;
  const owner = state.portOwner(t.port);
  if (!owner) return refused(t);
  if (owner.paused)
    return { stdout: '', stderr: 'curl: (28) Operation timed out after 5000 milliseconds with 0 bytes received\n', exitCode: 28 };
  const binding = owner.ports.find((p) => p.hostPort === t.port)!;
  const http = owner.runtime?.http;
  if (!http || http.port !== binding.containerPort) return { stdout: '', stderr: `curl: (52) Empty reply from server\n`, exitCode: 52 };
  const result = serve(owner, t.path, '172.17.0.1', state.now());
  state.containerChanged();
  return result;
}

/**
 * Inside a container: localhost is the container itself, so its own server answers on the port it
 * listens on (published or not) while it runs as the main process; anything else is refused.
 */
export function curlInside(c: Container, args: string[], now: number): CommandResult {
  const t = parseUrl(args);
  if ('exitCode' in t) return t;
  const http = c.ownRuntime()?.http;
  if (!c.running || !http || http.port !== t.port) return refused(t);
  return serve(c, t.path, '127.0.0.1', now);
}

/** nginx access-log time: 27/Nov/2026:10:00:00 +0000 */
function accessTime(ms: number): string {
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

// `curl http://localhost:PORT/PATH`: answered by the running container that published PORT,
// from that container's own filesystem (its writable layer over its image).
import { byteLength } from '../model/digest';
import type { HostState } from '../host-state';
import type { ExecResult } from '../types';
import { runtimeOf } from '../registry/index';
import { normalizePath } from '../model/entry';

const NOT_FOUND = '<html>\r\n<head><title>404 Not Found</title></head>\r\n<body>\r\n<center><h1>404 Not Found</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n';

export function curl(state: HostState, args: string[]): ExecResult {
  const url = args.find((a) => !a.startsWith('-'));
  if (!url) return { stdout: '', stderr: "curl: try 'curl --help' or 'curl --manual' for more information\n", exitCode: 2 };
  const m = /^(?:http:\/\/)?(localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\])(?::(\d+))?(\/[^?#]*)?/.exec(url);
  if (!m) return { stdout: '', stderr: `curl: (6) Could not resolve host: ${url.replace(/^https?:\/\//, '').split(/[/:]/)[0]}\n`, exitCode: 6 };
  const port = Number(m[2] ?? 80);
  const host = m[1] === '[::1]' ? '::1' : m[1];
  const owner = state.portOwner(port);
  if (!owner) return { stdout: '', stderr: `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server\n`, exitCode: 7 };
  if (owner.paused) return { stdout: '', stderr: 'curl: (28) Operation timed out after 5000 milliseconds with 0 bytes received\n', exitCode: 28 };
  const binding = owner.ports.find((p) => p.hostPort === port)!;
  const http = runtimeOf(owner.image.id)?.http;
  if (!http || http.port !== binding.containerPort) return { stdout: '', stderr: `curl: (52) Empty reply from server\n`, exitCode: 52 };
  let path = normalizePath(decodeURIComponent(m[3] ?? '/'));
  if (owner.fs.stat(normalizePath('.' + path, http.root))?.type === 'dir') path = normalizePath(http.index, normalizePath('.' + path, http.root));
  else path = normalizePath('.' + path, http.root);
  const entry = owner.fs.stat(path);
  const now = state.now();
  const status = entry?.type === 'file' ? 200 : 404;
  const body = entry?.type === 'file' ? entry.content : NOT_FOUND;
  owner.log(now, [`172.17.0.1 - - [${accessTime(now)}] "GET ${m[3] ?? '/'} HTTP/1.1" ${status} ${byteLength(body)} "-" "curl/8.14.1" "-"`]);
  state.touch();
  return { stdout: body, stderr: '', exitCode: 0 };
}

/** nginx access-log time: 27/Nov/2026:10:00:00 +0000 */
function accessTime(ms: number): string {
  const d = new Date(ms);
  const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getUTCDate())}/${months[d.getUTCMonth()]}/${d.getUTCFullYear()}:${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`;
}

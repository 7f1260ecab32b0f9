// A tiny static host for the built site, on 127.0.0.1 and a random port, serving it under a base
// path like a real web host: files as they are, unknown paths under the base fall back to
// index.html (what Slidev's generated _redirects asks of Netlify-style hosts), anything else 404.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

export interface StaticServer {
  /** e.g. http://127.0.0.1:43121 */
  origin: string;
  /** Absolute URL of a path relative to the base: url('3') → origin + base + '3'. */
  url(path?: string): string;
  close(): Promise<void>;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

export async function serveDir(dir: string, base: string): Promise<StaticServer> {
  const server = createServer((req, res) => {
    const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    if (!pathname.startsWith(base)) {
      res.writeHead(404).end('outside the base path');
      return;
    }
    const rel = normalize(pathname.slice(base.length));
    const file = join(dir, rel);
    if (rel.startsWith('..') || (file !== dir && !file.startsWith(dir + sep))) {
      res.writeHead(403).end();
      return;
    }
    const target = isFile(file) ? file : extname(rel) ? '' : join(dir, 'index.html');
    if (!target) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream' });
    createReadStream(target).pipe(res);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: (path = '') => `${origin}${base}${path}`,
    close: () => new Promise<void>((ok) => server.close(() => ok())),
  };
}

// `slidev <deck>` on a free port for the browser tests and benches, stopped (its whole process
// group) afterwards. HARNESS_DECK is the component tests' small deck, which the benches open too.
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { slidevBin } from './run-slidev.mjs';

export const ROOT = resolve(import.meta.dirname, '../..');
export const HARNESS_DECK = resolve(ROOT, 'test/components/harness/deck.md');

export interface SlidevServer {
  url: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const server = createServer();
    server.unref();
    server.on('error', fail);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? ok(address.port) : fail(new Error('no port'))));
    });
  });
}

/** `extraArgs`, e.g. ['--remote=bench'] to serve as `slidev --remote` does. */
export async function startSlidev(deck = HARNESS_DECK, extraArgs: string[] = [], timeoutMs = 90_000): Promise<SlidevServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [slidevBin(), deck, '--port', String(port), ...extraArgs], {
    cwd: ROOT,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // Own optimizer cache (setup/vite-plugins.ts): no reloads caused by other dev servers.
    env: { ...process.env, BROWSER: 'none', NO_COLOR: '1', DOCKER_DEMOS_VITE_CACHE: resolve(ROOT, 'node_modules/.vite-docker-demos') },
  });
  let output = '';
  child.stdout?.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (output += d.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`slidev exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline) {
      process.kill(-child.pid!, 'SIGKILL');
      throw new Error(`slidev did not answer on ${url} within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    url,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      process.kill(-child.pid!, 'SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
      if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    },
  };
}

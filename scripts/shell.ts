// `npm run shell [-- NN]`: see scripts/shell/main.ts.
import { fileURLToPath } from 'node:url';
import { runShell } from './shell/main';

const tty = Boolean(process.stdin.isTTY && process.stdout.isTTY);
process.exitCode = await runShell({
  argv: process.argv.slice(2),
  root: fileURLToPath(new URL('..', import.meta.url)),
  input: process.stdin,
  streams: { out: process.stdout, err: process.stderr, tty },
});

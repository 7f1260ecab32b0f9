// `npm test`'s entry, plain JavaScript so that it speaks at once: loading TypeScript support (tsx)
// takes most of a second of CPU before any grader code runs. It says it is starting (on a
// terminal as the live line the grader then overwrites), registers tsx, and runs cli.ts.
import { register } from 'tsx/esm/api';

const live = process.stdout.isTTY === true && process.env.CI !== 'true' && process.env.CI !== '1';
process.stdout.write(live ? '\r\u001b[2KStarting the grader…' : 'Starting the grader…\n');
register();
await import('./cli.ts');

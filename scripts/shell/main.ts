// `npm run shell [-- NN]`: a shell on a simulated Docker 29 host in the learner's own terminal.
// With an exercise number, that exercise's commands.sh is replayed first (with its set-up), and
// the learner continues from the state it left.
import { exerciseHost, freshHost } from './session-host';
import { findCommandExercise } from './exercise';
import { runInteractive } from './interactive';
import { runPiped } from './piped';
import { replay } from './replay';
import type { Streams } from './output';

export interface ShellOptions {
  argv: string[];
  /** The kit's root: exercises/ is read from here (tests point it at a copy). */
  root: string;
  input: NodeJS.ReadableStream;
  streams: Streams;
}

const USAGE = `usage: npm run shell [-- NN]

Opens a shell on a fresh simulated Docker 29 host: docker commands, curl, help, clear.
With NN (a command exercise, e.g. 07), first replays exercises/NN-*/commands.sh, printing each
command with its output and exit status, and leaves you at the prompt in the state it made.
Tab completes, ↑/↓ walk the history, Ctrl+C drops the line, exit or Ctrl+D leaves.
Input from a pipe runs line by line: echo 'docker ps -a' | npm run shell -- 07
`;

const BANNER =
  'A simulated Docker 29 host: nothing runs for real, nothing leaves this machine.\n' +
  'Type help for what it knows. Tab completes, Ctrl+C drops the line, exit or Ctrl+D leaves.\n';

export async function runShell({ argv, root: kitRoot, input, streams }: ShellOptions): Promise<number> {
  // --root=DIR reads exercises/ from another copy of the kit (the tests use it).
  const rootArg = argv.find((a) => a.startsWith('--root='));
  const root = rootArg ? rootArg.slice('--root='.length) : kitRoot;
  const args = argv.filter((a) => a !== '--' && a !== rootArg);
  if (args.some((a) => a === '-h' || a === '--help')) {
    streams.out.write(USAGE);
    return 0;
  }
  const unknown = args.filter((a) => a.startsWith('-'));
  if (unknown.length > 0 || args.length > 1) {
    streams.err.write(`shell: unexpected ${unknown[0] ?? args[1]}\n${USAGE}`);
    return 2;
  }
  let session = freshHost();
  if (args[0] !== undefined) {
    const exercise = findCommandExercise(root, args[0]);
    if (typeof exercise === 'string') {
      streams.err.write(`shell: ${exercise}\n`);
      return 2;
    }
    session = exerciseHost();
    if (streams.tty) streams.out.write(BANNER);
    replay(session, exercise, streams);
  } else if (streams.tty) streams.out.write(BANNER);
  session.live();
  return streams.tty ? runInteractive(session.host, input, streams) : runPiped(session.host, input, streams);
}

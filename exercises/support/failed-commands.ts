// The learner's commands that went wrong, each with its whole error and exit code: shown before
// any diagnosis drawn from the host's state, so the real cause is the first thing read.
import { elidedLines } from './lists';

export interface Problem {
  line: string;
  lineNo: number;
  stderr: string;
  exitCode: number;
  blocks?: 'attached' | 'session' | 'question';
}

/** Commands shown in full; the rest are counted. Keeps the message near 20 lines at most. */
const SHOWN = 3;
/** Lines of one command's error shown (a `docker run` that pulled first prints a dozen). */
const ERROR_LINES = 5;

/** Why a line that succeeded here would still stop a commands file on a real host. */
export const BLOCKS: Record<NonNullable<Problem['blocks']>, string> = {
  attached:
    "does not return on a real host: without -d, docker run stays attached to the container's output, so the lines after it never run; " +
    'Ctrl+C then stops the container. Add -d to run it in the background.',
  session:
    'opens an interactive shell inside the container and waits for you to type: a script stops there (here the lines after it ran ' +
    'inside the container), and with no terminal it fails ("the input device is not a TTY"). Try it in `npm run shell`; ' +
    'in commands.sh use `docker run -d` and `docker exec`.',
  question: 'asks a question and waits for an answer: add the flag that skips it (usually -f).',
};

function describe(p: Problem): string[] {
  if (p.blocks) return [`  line ${p.lineNo}: ${p.line}`, `    ${BLOCKS[p.blocks]}`];
  // Every line of the error (blank ones dropped; a long one keeps its first and last lines).
  const errors = p.stderr.split('\n').filter((l) => l.trim() !== '');
  return [
    `  line ${p.lineNo} (exit code ${p.exitCode}): ${p.line}`,
    ...elidedLines(errors.length ? errors : ['(no error text)'], ERROR_LINES, '    '),
  ];
}

/**
 * undefined when nothing went wrong. `total` is how many commands ran; `expected` how many
 * failures were left out because the exercise asks for them (11: Docker's refusals).
 */
export function failedCommandsReport(problems: readonly Problem[], total: number, expected = 0): string | undefined {
  if (problems.length === 0) return undefined;
  const failed = problems.filter((p) => !p.blocks).length;
  const stuck = problems.length - failed;
  const besides = expected
    ? ` (besides ${expected.toLocaleString('en-US')} refusal${expected === 1 ? '' : 's'} the exercise asks for)`
    : '';
  const parts = [
    failed ? `${failed.toLocaleString('en-US')} of your ${total.toLocaleString('en-US')} commands failed${besides}` : '',
    stuck ? `${stuck.toLocaleString('en-US')} would not return on a real host` : '',
  ].filter(Boolean);
  const lines = [`${parts.join('; ')}:`, ...problems.slice(0, SHOWN).flatMap(describe)];
  const rest = problems.slice(SHOWN);
  if (rest.length) {
    const at =
      rest
        .slice(0, 5)
        .map((p) => p.lineNo)
        .join(', ') + (rest.length > 5 ? ', …' : '');
    lines.push(`  … and ${rest.length.toLocaleString('en-US')} more (lines ${at})`);
  }
  return lines.join('\n');
}

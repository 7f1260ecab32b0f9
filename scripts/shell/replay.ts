// Replays an exercise's commands as a terminal would have shown them: each command after its
// prompt, its output, and its exit status; then a line saying where the learner now is.
import { commandLinesOf } from '../../exercises/support/command-lines';
import { lineRunner, type RanLine } from '../../exercises/support/commands';
import { BLOCKS } from '../../exercises/support/failed-commands';
import type { CommandExercise } from './exercise';
import { writeResult, type Streams } from './output';
import type { SessionHost } from './session-host';

function show(session: SessionHost, prompt: string, result: RanLine, streams: Streams): void {
  streams.out.write(`${prompt}${result.line}\n`);
  writeResult(result, streams);
  streams.out.write(`[exit ${result.exitCode}]\n`);
  // What the checks say about such a line (npm test fails it), said where it happens.
  if (result.blocks) streams.out.write(`# This line ${BLOCKS[result.blocks]}\n`);
  session.step();
}

/** Prints the transcript; returns how many of the learner's commands failed. */
export function replay(session: SessionHost, exercise: CommandExercise, streams: Streams): number {
  if (exercise.setup.length > 0) {
    streams.out.write(`# The exercise's set-up (README step 0):\n`);
    for (const line of exercise.setup) {
      const prompt = session.host.prompt();
      show(session, prompt, { line, lineNo: 0, ...session.host.execute(line) }, streams);
    }
  }
  const lines = commandLinesOf(exercise.commands);
  if (lines.length === 0) {
    streams.out.write(`# ${exercise.file} has no commands yet.\n`);
    return 0;
  }
  streams.out.write(`# Replaying ${exercise.file} (${lines.length} command${lines.length === 1 ? '' : 's'}):\n`);
  let failed = 0;
  const runLine = lineRunner(session.host);
  for (const { lineNo, text } of lines) {
    const prompt = session.host.prompt();
    const result = runLine(text, lineNo);
    show(session, prompt, result, streams);
    if (result.exitCode !== 0) failed++;
  }
  streams.out.write(`# Replayed: ${lines.length - failed} succeeded, ${failed} failed. The host is now in that state.\n`);
  return failed;
}

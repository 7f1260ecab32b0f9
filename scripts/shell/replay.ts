// Replays an exercise's commands as a terminal would have shown them: each command after its
// prompt, its output, and its exit status; then a line saying where the learner now is.
import { commandLinesOf } from '../../exercises/support/command-lines';
import type { CommandExercise } from './exercise';
import { writeResult, type Streams } from './output';
import type { SessionHost } from './session-host';

function runShown(session: SessionHost, line: string, streams: Streams): number {
  streams.out.write(`${session.host.prompt()}${line}\n`);
  const result = session.host.execute(line);
  writeResult(result, streams);
  streams.out.write(`[exit ${result.exitCode}]\n`);
  session.step();
  return result.exitCode;
}

/** Prints the transcript; returns how many of the learner's commands failed. */
export function replay(session: SessionHost, exercise: CommandExercise, streams: Streams): number {
  if (exercise.setup.length > 0) {
    streams.out.write(`# The exercise's set-up (README step 0):\n`);
    for (const line of exercise.setup) runShown(session, line, streams);
  }
  const lines = commandLinesOf(exercise.commands);
  if (lines.length === 0) {
    streams.out.write(`# ${exercise.file} has no commands yet.\n`);
    return 0;
  }
  streams.out.write(`# Replaying ${exercise.file} (${lines.length} command${lines.length === 1 ? '' : 's'}):\n`);
  let failed = 0;
  for (const { text } of lines) if (runShown(session, text, streams) !== 0) failed++;
  streams.out.write(`# Replayed: ${lines.length - failed} succeeded, ${failed} failed. The host is now in that state.\n`);
  return failed;
}

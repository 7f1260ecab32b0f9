// Which exercise `npm run shell -- NN` means, and what to replay: the learner's commands.sh after
// the exercise's set-up (the same host the checks build; exercises/support/setups.ts).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setupOf } from '../../exercises/support/setups';

export interface CommandExercise {
  id: string;
  title: string;
  /** Path of the learner's commands file, relative to the kit's root (for messages). */
  file: string;
  commands: string;
  setup: string[];
}

interface Entry {
  id: string;
  title: string;
  kind: string;
  starter: string;
}

/** The command exercise `arg` names ("7", "07", "07-layers-and-diff"), or a sentence saying why not. */
export function findCommandExercise(root: string, arg: string): CommandExercise | string {
  const { exercises } = JSON.parse(readFileSync(join(root, 'exercises', 'exercises.json'), 'utf8')) as { exercises: Entry[] };
  const wanted = /^\d+$/.test(arg) ? arg.padStart(2, '0') : arg;
  const entry = exercises.find((e) => e.id === wanted || e.id.startsWith(`${wanted}-`));
  if (!entry)
    return `no exercise ${arg}: the exercises are ${exercises[0]?.id.slice(0, 2)} to ${exercises[exercises.length - 1]?.id.slice(0, 2)}`;
  if (entry.kind !== 'command') {
    const commands = exercises
      .filter((e) => e.kind === 'command')
      .map((e) => e.id.slice(0, 2))
      .join(', ');
    return (
      `exercise ${entry.id.slice(0, 2)} (${entry.title}) is a ${entry.kind} exercise: there are no commands to replay ` +
      `(the command exercises are ${commands}). \`npm run shell\` alone opens a fresh host.`
    );
  }
  const file = join('exercises', entry.id, entry.starter);
  if (!existsSync(join(root, file))) return `${file} is missing: \`git checkout -- ${file}\` restores it`;
  return { id: entry.id, title: entry.title, file, commands: readFileSync(join(root, file), 'utf8'), setup: setupOf(entry.id) };
}

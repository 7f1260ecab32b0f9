// Checks on containers and action sequences drawn from the run's seed (printed with the score;
// `npm test -- --seed=N` replays them): an answer that knows only the README's ID and name fails.
import { CheckFailure, seededRandom, test } from '../../grader/harness';
import { DockerError, next, type Action, type State } from './lifecycle';

type Outcome = State | 'removed' | { error: string };

const ACTIONS: readonly Action[] = ['start', 'stop', 'kill', 'pause', 'unpause', 'restart', 'rm', 'rm -f'];
const STATES: readonly State[] = ['created', 'running', 'paused', 'exited'];

/** Docker 29's rules, written independently of the learner's file (README's table, moby's texts). */
function expected(id: string, name: string, state: State, action: Action): Outcome {
  const refused = (reason: string): Outcome => ({ error: `Error response from daemon: ${reason}` });
  const hasProcess = state === 'running' || state === 'paused';
  if (action === 'start') return state === 'paused' ? refused('cannot start a paused container, try unpause instead') : 'running';
  if (action === 'stop') return hasProcess ? 'exited' : state;
  if (action === 'kill') return hasProcess ? 'exited' : refused(`cannot kill container: ${name}: container ${id} is not running`);
  if (action === 'pause') {
    if (state === 'running') return 'paused';
    return refused(state === 'paused' ? `container ${id} is already paused` : `container ${id} is not running`);
  }
  if (action === 'unpause') return state === 'paused' ? 'running' : refused(`Container ${id} is not paused`);
  if (action === 'restart') return 'running';
  if (action === 'rm -f') return 'removed';
  if (state === 'running') {
    return refused(`cannot remove container "${name}": container is running: stop the container before removing or force remove`);
  }
  if (state === 'paused') return refused(`cannot remove container "${name}": container is paused and must be unpaused first`);
  return 'removed';
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

const randomId = (random: () => number): string => Array.from({ length: 64 }, () => '0123456789abcdef'[Math.floor(random() * 16)]).join('');

/** A name Docker accepts: [a-zA-Z0-9][a-zA-Z0-9_.-]*, sometimes one of Docker's adjective_surname kind. */
function randomName(random: () => number): string {
  if (random() < 0.3)
    return `${pick(random, ['eager', 'quirky', 'brave', 'lucid'])}_${pick(random, ['turing', 'hopper', 'lovelace', 'curie'])}`;
  const first = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  const rest = `${first}_.-`;
  return pick(random, [...first]) + Array.from({ length: Math.floor(random() * 12) }, () => pick(random, [...rest])).join('');
}

const show = (o: Outcome): string => (typeof o === 'string' ? `'${o}'` : `the error "${o.error}"`);

/** The learner's answer for one call: a state, or the DockerError's message; anything else is a problem. */
function answer(id: string, name: string, state: State, action: Action): { got: Outcome } | { wrongError: string } {
  try {
    return { got: next({ id, name, state }, action) };
  } catch (error) {
    // An unfinished starter: report its TODO as it is.
    if (error instanceof Error && error.name === 'TodoError') throw error;
    if (error instanceof DockerError) return { got: { error: error.message } };
    return { wrongError: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

function compare(problems: string[], id: string, name: string, state: State, action: Action, where: string): Outcome {
  const want = expected(id, name, state, action);
  const result = answer(id, name, state, action);
  const call = `next({ id: '${id}', name: '${name}', state: '${state}' }, '${action}')${where}`;
  if ('wrongError' in result) problems.push(`${call}: threw ${result.wrongError}, expected ${show(want)} (refuse with a DockerError)`);
  else if (JSON.stringify(result.got) !== JSON.stringify(want)) problems.push(`${call}: got ${show(result.got)}, expected ${show(want)}`);
  return want;
}

function report(problems: string[]): void {
  if (problems.length === 0) return;
  const shown = problems.slice(0, 5);
  if (problems.length > shown.length) shown.push(`… and ${problems.length - shown.length} more`);
  throw new CheckFailure(shown.join('\n    '));
}

test('every action in every state, for container IDs and names drawn from the seed', () => {
  const random = seededRandom('10-state-machine pairs');
  const problems: string[] = [];
  for (let i = 0; i < 12; i++) {
    const id = randomId(random);
    const name = randomName(random);
    for (const state of STATES) for (const action of ACTIONS) compare(problems, id, name, state, action, '');
  }
  report(problems);
});

test('action sequences drawn from the seed: each state follows from the previous answer', () => {
  const random = seededRandom('10-state-machine sequences');
  const problems: string[] = [];
  for (let i = 0; i < 20; i++) {
    const id = randomId(random);
    const name = randomName(random);
    let state: State = 'created';
    const history: string[] = [];
    for (let step = 0; step < 15; step++) {
      // rm and rm -f end a sequence when they succeed; draw them less often so sequences get long.
      const action = random() < 0.1 ? pick(random, ['rm', 'rm -f'] as const) : pick(random, ACTIONS.slice(0, 6));
      const where = history.length > 0 ? ` (after ${history.join(', ')})` : '';
      const outcome = compare(problems, id, name, state, action, where);
      history.push(action);
      if (outcome === 'removed') break;
      if (typeof outcome === 'string') state = outcome;
    }
  }
  report(problems);
});

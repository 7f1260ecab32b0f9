import { test, CheckFailure } from '../../grader/harness';
import { DockerError, next, type Action, type State } from './lifecycle';

const ID = '3f4c1b0e9a2d7c6b5a4f3e2d1c0b9a8f7e6d5c4b3a291807f6e5d4c3b2a19080';
const NAME = 'web';

type Expected = State | 'removed' | { error: string };

function expectAll(action: Action, table: Record<State, Expected>): void {
  const problems: string[] = [];
  for (const [state, expected] of Object.entries(table) as [State, Expected][]) {
    let got: Expected;
    try {
      got = next({ id: ID, name: NAME, state }, action);
    } catch (error) {
      // An unfinished starter: report its TODO as it is.
      if (error instanceof Error && error.name === 'TodoError') throw error;
      if (!(error instanceof DockerError)) {
        const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        problems.push(`${action} on ${state}: threw ${what} (expected ${describe(expected)}; refuse with a DockerError)`);
        continue;
      }
      got = { error: error.message };
    }
    if (JSON.stringify(got) !== JSON.stringify(expected)) {
      problems.push(`${action} on a ${state} container: got ${describe(got)}, expected ${describe(expected)}`);
    }
  }
  if (problems.length > 0) throw new CheckFailure(problems.join('\n    '));
}

function describe(e: Expected): string {
  return typeof e === 'string' ? `'${e}'` : `the error "${e.error}"`;
}

const daemon = (reason: string) => ({ error: `Error response from daemon: ${reason}` });

test('start: created and exited containers run; running is a no-op; paused is refused', () =>
  expectAll('start', {
    created: 'running',
    exited: 'running',
    running: 'running',
    paused: daemon('cannot start a paused container, try unpause instead'),
  }));

test('stop: running and paused containers exit; stopping a stopped one is a no-op', () =>
  expectAll('stop', { created: 'created', exited: 'exited', running: 'exited', paused: 'exited' }));

test('kill: only a container with a process can be killed', () =>
  expectAll('kill', {
    // moby's kill route wraps the refusal with the name as typed (container_routes.go postContainersKill)
    created: daemon(`cannot kill container: ${NAME}: container ${ID} is not running`),
    exited: daemon(`cannot kill container: ${NAME}: container ${ID} is not running`),
    running: 'exited',
    paused: 'exited',
  }));

test('pause: only a running container can be paused', () =>
  expectAll('pause', {
    created: daemon(`container ${ID} is not running`),
    exited: daemon(`container ${ID} is not running`),
    running: 'paused',
    paused: daemon(`container ${ID} is already paused`),
  }));

test('unpause: only a paused container can be unpaused', () =>
  expectAll('unpause', {
    created: daemon(`Container ${ID} is not paused`),
    exited: daemon(`Container ${ID} is not paused`),
    running: daemon(`Container ${ID} is not paused`),
    paused: 'running',
  }));

test('restart: every state ends running', () =>
  expectAll('restart', { created: 'running', exited: 'running', running: 'running', paused: 'running' }));

test("rm: stopped containers are removed; running and paused ones are refused with Docker 29's texts", () =>
  expectAll('rm', {
    created: 'removed',
    exited: 'removed',
    running: daemon(`cannot remove container "${NAME}": container is running: stop the container before removing or force remove`),
    paused: daemon(`cannot remove container "${NAME}": container is paused and must be unpaused first`),
  }));

test('rm -f: removes a container in any state', () =>
  expectAll('rm -f', { created: 'removed', exited: 'removed', running: 'removed', paused: 'removed' }));

// The daemon validates ps filters before listing (moby daemon/list.go): an unknown key or an
// unknown state is an error even when there is no container to match.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker ps --filter validation', () => {
  it('rejects an unknown key on an empty host', () => {
    expect(testHost().run('docker ps --filter foo=bar')).toEqual({
      stdout: '',
      stderr: "Error response from daemon: invalid filter 'foo'\n",
      exitCode: 1,
    });
  });

  // moby daemon/list.go wraps api/types/container/state.go ValidateContainerState, which names the states.
  it('rejects a status that is not one of the seven states, naming them', () => {
    expect(testHost().run('docker ps -a --filter status=stopped')).toEqual({
      stdout: '',
      stderr:
        "Error response from daemon: invalid filter 'status=stopped': invalid value for state (stopped): must be one of created, running, paused, restarting, removing, exited, dead\n",
      exitCode: 1,
    });
  });

  it('accepts a valid status on an empty host', () => {
    expect(testHost().run('docker ps --filter status=exited')).toEqual({
      stdout: 'CONTAINER ID   IMAGE     COMMAND   CREATED   STATUS    PORTS     NAMES\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

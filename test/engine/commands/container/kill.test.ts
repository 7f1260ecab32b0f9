// `docker kill`: the API route wraps every refusal with the container as typed (moby
// daemon/server/router/container/container_routes.go postContainersKill: "cannot kill container: %s").
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker kill', () => {
  it('a stopped container: cannot kill container: <name>: container <id> is not running', () => {
    const { run, host } = testHost();
    run('docker create --name web nginx');
    const id = host.snapshot().containers[0]!.id;
    expect(run('docker kill web')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: web: container ${id} is not running\n`,
      exitCode: 1,
    });
    // By ID prefix, the words name the prefix as typed.
    expect(run(`docker kill ${id.slice(0, 6)}`).stderr).toBe(
      `Error response from daemon: cannot kill container: ${id.slice(0, 6)}: container ${id} is not running\n`,
    );
  });

  it('a missing container and a running one, in one call: the success first, then the wrapped refusal', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker kill nope web')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: cannot kill container: nope: No such container: nope\n',
      exitCode: 1,
    });
  });
});

// docker inspect: the JSON array, --format, and the container / image forms.
import { describe, expect, it } from 'vitest';
import { T0, testHost } from '../../host';

describe('more docker commands', () => {
  it('inspect prints a JSON array with State, and --format reads a field', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const [doc] = JSON.parse(run('docker inspect web').stdout) as Array<{
      Name: string;
      State: { Status: string; StartedAt: string };
      Image: string;
    }>;
    expect(doc!.Name).toBe('/web');
    expect(doc!.State.Status).toBe('running');
    expect(doc!.State.StartedAt).toBe(new Date(T0).toISOString().replace('.000', ''));
    expect(doc!.Image).toBe(host.snapshot().images[0]!.id);
    expect(run("docker inspect -f '{{.State.Status}}' web").stdout).toBe('running\n');
    expect(run('docker container inspect nope')).toEqual({
      stdout: '[]\n',
      stderr: 'Error response from daemon: No such container: nope\n',
      exitCode: 1,
    });
    expect(run("docker image inspect --format '{{.Os}}' nginx").stdout).toBe('linux\n');
  });
});

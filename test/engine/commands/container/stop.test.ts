// docker stop: commands/container/stop.ts (flags, one daemon request per container), the state
// change in daemon/daemon.ts (stop) and daemon/signals.ts, the words in errors/daemon-words.ts.
import { describe, expect, it } from 'vitest';
import { Daemon } from '../../../../engine/daemon/daemon';
import { NoSuchContainer } from '../../../../engine/errors/daemon-errors';
import { testHost } from '../../host';

const state = (host: ReturnType<typeof testHost>['host'], name: string) => {
  const c = host.snapshot().containers.find((x) => x.name === name);
  return c && { state: c.state, exitCode: c.exitCode };
};

describe('docker stop', () => {
  it('echoes the name; nginx shuts down cleanly on SIGTERM (exit 0)', () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(state(host, 'web')).toEqual({ state: 'exited', exitCode: 0 });
  });

  it('kills at once with --timeout 0 (exit 137), and with --signal KILL', () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    run('docker run -d --name api nginx');
    expect(run('docker stop -t 0 web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(run('docker stop --signal KILL api')).toEqual({ stdout: 'api\n', stderr: '', exitCode: 0 });
    expect(state(host, 'web')).toEqual({ state: 'exited', exitCode: 137 });
    expect(state(host, 'api')).toEqual({ state: 'exited', exitCode: 137 });
  });

  it('kills a PID 1 that has no handler for the stop signal once the timeout passes (137)', () => {
    const { host, run } = testHost();
    run('docker run -d --name nap alpine sleep 1000');
    expect(run('docker stop nap')).toEqual({ stdout: 'nap\n', stderr: '', exitCode: 0 });
    expect(state(host, 'nap')).toEqual({ state: 'exited', exitCode: 137 });
  });

  it('succeeds on a stopped container and leaves its exit code as it was', () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    run('docker stop web');
    expect(run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(state(host, 'web')).toEqual({ state: 'exited', exitCode: 0 });
  });

  it('stops what it can and reports each missing container after the names', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker stop nope web gone')).toEqual({
      stdout: 'web\n',
      stderr: 'Error response from daemon: No such container: nope\nError response from daemon: No such container: gone\n',
      exitCode: 1,
    });
  });

  it('refuses a signal the daemon cannot parse, for each container', () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker stop -s SIGBOGUS web')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: Invalid signal: SIGBOGUS\n',
      exitCode: 1,
    });
    expect(state(host, 'web')).toEqual({ state: 'running', exitCode: 0 });
  });

  it('removes an --rm container once it stops', () => {
    const { host, run } = testHost();
    run('docker run -d --rm --name web nginx');
    expect(run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(state(host, 'web')).toBeUndefined();
  });

  it('is one daemon request that refuses with data, not words', () => {
    const daemon = new Daemon(1, () => 0);
    let refusal: unknown;
    try {
      daemon.stop('nope');
    } catch (e) {
      refusal = e;
    }
    expect(refusal).toBeInstanceOf(NoSuchContainer);
    expect((refusal as NoSuchContainer).ref).toBe('nope');
  });

  it("bumps the views' version itself", () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    const before = host.snapshot().version;
    run('docker stop web');
    expect(host.snapshot().version).toBeGreaterThan(before);
  });
});

describe('docker run / ps / stop / rm', () => {
  it('stop leaves the container (Exited) and the image; rm removes the container only', () => {
    const { run, advance, host } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker stop web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    advance(3_000);
    expect(run('docker ps -q').stdout).toBe('');
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('web Exited (0) 3 seconds ago\n');
    expect(run('docker rm web')).toEqual({ stdout: 'web\n', stderr: '', exitCode: 0 });
    expect(host.snapshot().containers).toEqual([]);
    expect(host.snapshot().images.map((i) => i.repoTags)).toEqual([['nginx:latest']]);
  });
});

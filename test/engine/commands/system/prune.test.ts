// `docker system prune`: docker/cli cli/command/system/prune.go (confirmationTemplate, pruner order)
// and cmd/docker/docker.go (a cancelled prune is silent, exit 0).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker system prune', () => {
  it('asks with the list of what goes; "n" is silent with exit 0 and removes nothing', () => {
    const { run, host } = testHost();
    run('docker run --name done alpine true');
    expect(run('docker system prune')).toEqual({
      stdout:
        'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all dangling images\n  - unused build cache\n\n',
      stderr: '',
      exitCode: 0,
    });
    expect(host.prompt()).toBe('Are you sure you want to continue? [y/N] ');
    expect(run('n')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker ps -aq').stdout).not.toBe('');
  });

  it('-a and --volumes change the list', () => {
    const { run } = testHost();
    expect(run('docker system prune -a --volumes').stdout).toBe(
      'WARNING! This will remove:\n  - all stopped containers\n  - all networks not used by at least one container\n  - all anonymous volumes not used by at least one container\n  - all images without at least one container associated to them\n  - all build cache\n\n',
    );
  });

  it('-f -a removes stopped containers and unused images, then the total', () => {
    const { run, host } = testHost();
    run('docker run --name done alpine true');
    const id = host.snapshot().containers[0]!.id;
    const image = run("docker image inspect -f '{{.Id}}' alpine").stdout.trim();
    expect(run('docker system prune -f -a')).toEqual({
      stdout: `Deleted Containers:\n${id}\n\nDeleted Images:\nuntagged: alpine:latest\ndeleted: ${image}\n\nTotal reclaimed space: 8.441MB\n`,
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker system prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', exitCode: 0 });
  });
});

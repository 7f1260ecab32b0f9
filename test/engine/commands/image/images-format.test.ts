// `docker images` formats and hints: docker/cli cli/command/image/list.go, formatter/image.go.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker images --format and friends', () => {
  it('`docker images ls` finds nothing and says what was meant (printAmbiguousHint)', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker images ls').stderr).toBe('No images found matching "ls": did you mean "docker image ls"?\n');
    expect(run('docker image ls ls').stderr).toBe('');
    expect(run('docker images alpine').stderr).toBe('');
  });

  it('--tree refuses -q, --no-trunc, --digests and --format (shouldUseTree)', () => {
    const { run } = testHost();
    expect(run('docker images --tree -q')).toEqual({ stdout: '', stderr: '--quiet is not yet supported with --tree\n', exitCode: 1 });
    expect(run('docker images --tree --no-trunc')).toEqual({
      stdout: '',
      stderr: '--no-trunc is not yet supported with --tree\n',
      exitCode: 1,
    });
    expect(run('docker images --tree --digests')).toEqual({
      stdout: '',
      stderr: '--show-digest is not yet supported with --tree\n',
      exitCode: 1,
    });
    expect(run("docker images --tree --format '{{.ID}}'")).toEqual({
      stdout: '',
      stderr: '--format is not yet supported with --tree\n',
      exitCode: 1,
    });
  });

  it("a custom format wins over -q (NewImageFormat), and template errors are the formatter's", () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run("docker images -q --format '{{.Repository}}:{{.Tag}}'")).toEqual({ stdout: 'alpine:latest\n', stderr: '', exitCode: 0 });
    expect(run("docker images --format '{{.Nope}}'")).toEqual({
      stdout: '',
      stderr:
        'template parsing error: template: :1:2: executing "" at <.Nope>: can\'t evaluate field Nope in type *formatter.imageContext\n',
      exitCode: 1,
    });
  });
});

describe('docker images tree with only untagged images', () => {
  it('widens the IMAGE column to <untagged> (tree.go widestFirstColumnValue)', () => {
    const { run } = testHost();
    run('docker run --name cc alpine true');
    const id = run('docker commit cc').stdout.trim().slice(7, 19);
    expect(run('docker images --filter dangling=true')).toEqual({
      stdout: `IMAGE        ID             DISK USAGE   CONTENT SIZE   EXTRA\n<untagged>   ${id}       12.2MB          3.8MB        \n`,
      stderr: '',
      exitCode: 0,
    });
  });
});

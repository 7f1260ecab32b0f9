// docker rename: transcripts on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker rename', () => {
  it('renames silently; the old name is free again and the new one is what ps, inspect and the filter see', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run('docker rename web site')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker ps --format "{{.Names}}"').stdout).toBe('site\n');
    expect(run('docker inspect --format "{{.Name}}" site').stdout).toBe('/site\n');
    expect(run('docker ps -q --filter name=web').stdout).toBe('');
    expect(run('docker inspect web').exitCode).toBe(1);
    expect(run('docker run -d --name web nginx').exitCode).toBe(0);
    // A leading slash is the canonical form of the same name.
    expect(run('docker container rename site /site2').exitCode).toBe(0);
    expect(run('docker ps -a --format "{{.Names}}"').stdout.split('\n').sort().join(' ')).toBe(' site2 web');
  });

  it("refuses as Docker does, each failure wrapped in the CLI's own words", () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const other = run('docker create --name other nginx').stdout.trim();
    const fail = (line: string) => {
      const r = run(line);
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toBe('');
      return r.stderr;
    };
    expect(fail('docker rename web web')).toBe(
      'failed to rename container: Error response from daemon: Renaming a container with the same name as its current name\n',
    );
    expect(fail('docker rename web other')).toBe(
      `failed to rename container: Error response from daemon: Error when allocating new name: Conflict. The container name "/other" is already in use by container "${other}". You have to remove (or rename) that container to be able to reuse that name.\n`,
    );
    expect(fail("docker rename web 'my site'")).toBe(
      'failed to rename container: Error response from daemon: Error when allocating new name: Invalid container name (/my site), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\n',
    );
    expect(fail('docker rename nope x2')).toBe('failed to rename container: Error response from daemon: No such container: nope\n');
    expect(fail('docker rename web ""')).toBe('new name cannot be blank\n');
    expect(fail('docker rename "" x2')).toBe('failed to rename container: invalid container name or ID: value is empty\n');
    expect(fail('docker rename web')).toBe(
      "docker: 'docker rename' requires 2 arguments\n\nUsage:  docker rename CONTAINER NEW_NAME\n\nRun 'docker rename --help' for more information\n",
    );
    expect(run('docker ps -a --format "{{.Names}}"').stdout.split('\n').sort().join(' ')).toBe(' other web');
  });
});

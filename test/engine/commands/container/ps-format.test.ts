// `docker ps --format`: docker/cli cli/command/container/list.go and formatter/container.go.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker ps --format', () => {
  it('{{json .}} has every key of the formatter golden (container_test.go TestContainerContextWriteJSON)', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    const row = JSON.parse(run('docker ps --format json').stdout) as Record<string, unknown>;
    expect(Object.keys(row)).toEqual([
      'Command',
      'CreatedAt',
      'HealthStatus',
      'ID',
      'Image',
      'Labels',
      'LocalVolumes',
      'Mounts',
      'Names',
      'Networks',
      'Platform',
      'Ports',
      'RunningFor',
      'Size',
      'State',
      'Status',
    ]);
    expect(row.Platform).toEqual({ architecture: 'amd64', os: 'linux' });
  });

  it('-q with --format prints the warning and the IDs', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const id = host.snapshot().containers[0]!.id.slice(0, 12);
    expect(run("docker ps -q --format '{{.Names}}'")).toEqual({
      stdout: `${id}\n`,
      stderr: 'WARNING: Ignoring custom format, because both --format and --quiet are set.\n',
      exitCode: 0,
    });
  });

  it('checks the template before listing: parse and execution errors', () => {
    const { run } = testHost();
    expect(run("docker ps --format '{{.Names'")).toEqual({
      stdout: '',
      stderr: 'failed to parse template: template: :1: unclosed action\n',
      exitCode: 1,
    });
    expect(run("docker ps --format '{{.Foo}}'")).toEqual({
      stdout: '',
      stderr:
        'failed to execute template: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.ContainerContext\n',
      exitCode: 1,
    });
  });

  it('tables: headers from the SubHeaderContext, Label and Platform, functions in the row', () => {
    const { run } = testHost();
    run('docker run -d --name web nginx');
    expect(run(`docker ps --format 'table {{.Names}}\\t{{upper .State}}\\t{{.Platform}}\\t{{.Networks}}'`)).toEqual({
      stdout: 'NAMES     STATE     PLATFORM      NETWORKS\nweb       RUNNING   linux/amd64   bridge\n',
      stderr: '',
      exitCode: 0,
    });
  });
});

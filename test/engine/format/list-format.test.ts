// `--format table` and `--format json` are the CLI's format keys, not templates
// (cli/command/formatter: "table" alone is the command's default table).
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('--format table / json', () => {
  it('ps --format table prints the default ps table', () => {
    const { run } = testHost();
    run('docker run -d --name ab alpine sleep 100');
    expect(run('docker ps --format table')).toEqual(run('docker ps'));
    expect(run('docker ps -s --format table')).toEqual(run('docker ps -s'));
  });

  it('images --format table prints the classic table, not the tree', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker images --format table')).toEqual({
      stdout: 'REPOSITORY   TAG       IMAGE ID       CREATED       SIZE\nalpine       latest    dc18bed2187c   2 weeks ago   8.44MB\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker images --digests --format table').stdout.split('\n')[0]).toBe(
      'REPOSITORY   TAG       DIGEST                                                                    IMAGE ID       CREATED       SIZE',
    );
  });

  it('history --format table is the default history table', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker history --format table alpine')).toEqual(run('docker history alpine'));
  });

  it('--format json prints one JSON object per row', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker images --format json').stdout).toBe(
      // formatter/image.go imageContext: every method, Containers/SharedSize/UniqueSize N/A outside `system df`.
      '{"Containers":"N/A","CreatedAt":"2026-11-12 15:04:34 +0000 UTC","CreatedSince":"2 weeks ago","Digest":"sha256:dc18bed2187c1cfb8df720eff9b88e018691c1c866c62774869efefb4330623f","ID":"dc18bed2187c","Repository":"alpine","SharedSize":"N/A","Size":"8.44MB","Tag":"latest","UniqueSize":"N/A"}\n',
    );
    expect(run('docker history --format json alpine').stdout.split('\n')[1]).toContain('"ID":"\\u003cmissing\\u003e"');
  });
});

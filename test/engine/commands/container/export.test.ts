// `docker export` (docker/cli v29.7.2 cli/command/container/export.go, moby daemon/export.go) and
// `docker import` (cli/command/image/import.go; moby daemon/server/router/image/image_routes.go):
// a container's merged files in one tar; an import is one layer, no Cmd, comment "Imported from -".
import { describe, expect, it } from 'vitest';
import { readTar } from '../../../../engine/model/tar-read';
import { testHost } from '../../host';

describe('docker export and docker import', () => {
  it('exports the merged filesystem (deletions applied, no whiteouts, no volume), imports it as one layer without a command', () => {
    const { host, run } = testHost();
    run('docker pull alpine');
    run('docker run --name c1 -v data:/data alpine sh -c "echo hi > /root/note; echo v > /data/v; rm /etc/motd"');
    expect(run('docker export -o c1.tar c1')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const names = readTar(host.hostFileBytes('c1.tar')!).map((i) => i.name);
    expect(names).toContain('root/note');
    expect(names.filter((n) => n.includes('.wh.') || n === 'etc/motd' || n.startsWith('data/'))).toEqual([]);
    const id = run('docker import c1.tar flat:v1').stdout.trim();
    expect(id).toMatch(/^sha256:[a-f0-9]{64}$/);
    expect(run('docker history --format "{{.CreatedBy}}|{{.Comment}}" flat:v1')).toEqual({
      stdout: '|Imported from -\n',
      stderr: '',
      exitCode: 0,
    });
    expect(run('docker run --rm flat:v1 cat /root/note')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run('docker run --rm flat:v1')).toEqual({
      stdout: '',
      stderr: "docker: Error response from daemon: no command specified\n\nRun 'docker run --help' for more information\n",
      exitCode: 125,
    });
    expect(run('docker export c1')).toEqual({
      stdout: '',
      stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n',
      exitCode: 1,
    });
  });
});

// export.go runExport: no -o and stdout a file or pipe: the tar goes there; a terminal is refused
// before the daemon is asked. import.go runImport: "-" reads stdin; a file is sent as source "-".
describe('docker export and import through redirections and pipes', () => {
  it('> file is the -o archive byte for byte; import reads a file, - < file and a pipe alike', () => {
    const { host, run } = testHost();
    run('docker pull alpine');
    run('docker run --name c1 alpine sh -c "echo hi > /root/note"');
    expect(run('docker export nope')).toEqual({
      stdout: '',
      stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n',
      exitCode: 1,
    });
    expect(run('docker export c1 > c1.tar')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    run('docker container export -o c1-o.tar c1');
    expect(host.hostFileBytes('c1.tar')).toEqual(host.hostFileBytes('c1-o.tar'));
    const id = run('docker import c1.tar').stdout;
    expect(id).toMatch(/^sha256:[a-f0-9]{64}\n$/);
    // Same bytes, same second: the same image, whichever way the tar arrives.
    expect(run('docker import - < c1.tar')).toEqual({ stdout: id, stderr: '', exitCode: 0 });
    expect(run('cat c1.tar | docker import - name:tag')).toEqual({ stdout: id, stderr: '', exitCode: 0 });
    expect(run('docker run --rm name:tag cat /root/note')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
    expect(run('docker export c1 | docker import - piped')).toEqual({ stdout: id, stderr: '', exitCode: 0 });
  });
});

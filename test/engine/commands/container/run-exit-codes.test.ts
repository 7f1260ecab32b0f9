// runc checks the command with Go's exec.LookPath; the CLI's run.go toStatusError turns its text
// into the exit code: 127 for "not found"/"no such file or directory", 126 for "is a directory".
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const RUNC =
  'docker: Error response from daemon: failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: ';
const HELP = ": unknown\n\nRun 'docker run --help' for more information\n";

describe('run/exec start failures', () => {
  it('run of a directory exits 126 with "is a directory"', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker run alpine /etc')).toEqual({ stdout: '', stderr: `${RUNC}exec: "/etc": is a directory${HELP}`, exitCode: 126 });
  });

  it('run of a missing path exits 127 with the stat error; a missing name with the $PATH one', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker run alpine /nosuch')).toEqual({
      stdout: '',
      stderr: `${RUNC}exec: "/nosuch": stat /nosuch: no such file or directory${HELP}`,
      exitCode: 127,
    });
    expect(run('docker run alpine nosuch')).toEqual({
      stdout: '',
      stderr: `${RUNC}exec: "nosuch": executable file not found in $PATH${HELP}`,
      exitCode: 127,
    });
  });

  it('exec reports the same exec.LookPath texts', () => {
    const { run } = testHost();
    run('docker run -d --name sx alpine sleep 1000');
    const oci = 'OCI runtime exec failed: exec failed: unable to start container process: ';
    expect(run('docker exec sx /etc')).toEqual({ stdout: '', stderr: `${oci}exec: "/etc": is a directory: unknown\n`, exitCode: 126 });
    expect(run('docker exec sx /nope')).toEqual({
      stdout: '',
      stderr: `${oci}exec: "/nope": stat /nope: no such file or directory: unknown\n`,
      exitCode: 127,
    });
    expect(run('docker exec sx /bin/echo hi')).toEqual({ stdout: 'hi\n', stderr: '', exitCode: 0 });
  });
});

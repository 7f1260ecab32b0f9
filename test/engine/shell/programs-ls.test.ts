// ls of a file operand lists the file alone; "." and ".." belong to a directory's listing.
import { describe, expect, it } from 'vitest';
import { testHost } from '../host';

describe('ls in a container', () => {
  it('-a on a file does not add "." and ".."', () => {
    const { run } = testHost();
    run('docker run -d --name d1 nginx');
    expect(run('docker exec d1 ls -a /etc/issue')).toEqual({ stdout: '/etc/issue\n', stderr: '', exitCode: 0 });
    expect(run('docker exec d1 ls -la /etc/issue').stdout.split('\n')).toHaveLength(2);
    expect(run('docker exec d1 ls -a /run').stdout).toBe('.\n..\nnginx.pid\n');
  });
});

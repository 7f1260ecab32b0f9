// engine/host.ts: the read-only views a component uses besides execute (here hostArchives, which
// the slide terminal's download link reads).
import { describe, expect, it } from 'vitest';
import { testHost } from './host';

describe('host.hostArchives', () => {
  it('lists the tar archives save -o and export -o wrote, by absolute path and byte size, not other host files', () => {
    const { host, run } = testHost();
    expect(host.hostArchives()).toEqual([]);
    run('docker pull alpine');
    run('echo hello > notes.txt');
    expect(host.hostFileBytes('notes.txt')).toEqual(new TextEncoder().encode('hello\n'));
    expect(run('docker save -o alpine.tar alpine').exitCode).toBe(0);
    run('docker create --name c1 alpine');
    expect(run('docker export -o /tmp/c1.tar c1').exitCode).toBe(0);
    const saved = host.hostFileBytes('/home/learner/app/alpine.tar')!;
    const exported = host.hostFileBytes('/tmp/c1.tar')!;
    expect(host.hostArchives()).toEqual([
      { path: '/home/learner/app/alpine.tar', size: saved.length },
      { path: '/tmp/c1.tar', size: exported.length },
    ]);
    expect(saved.length % 512).toBe(0);
  });
});

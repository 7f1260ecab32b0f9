// docker history: transcripts on a fixed clock.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('more docker commands', () => {
  it('history lists newest first, only the top row has the ID, CREATED BY is cut at 45', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    const id = host.snapshot().images[0]!.id.slice(7, 19);
    const rows = run('docker history alpine').stdout.split('\n');
    expect(rows[0]).toBe('IMAGE          CREATED       CREATED BY                                      SIZE      COMMENT');
    expect(rows[1]!.startsWith(`${id}   `)).toBe(true);
    expect(rows[1]).toContain('CMD ["/bin/sh"]');
    expect(rows[2]!.startsWith('<missing>      ')).toBe(true);
    expect(rows[2]).toContain('ADD alpine-minirootfs-3.23.0-x86_64.tar.gz /…');
    expect(run('docker history -q alpine').stdout).toBe(`${id}\n<missing>\n`);
    expect(run('docker history nope').stderr).toBe('Error response from daemon: No such image: nope:latest\n');
  });
});

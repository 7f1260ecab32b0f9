// `docker images --tree` is the expanded view (cli/command/image/tree.go): one entry per image with
// its tags, a child row per platform manifest (ID = manifest digest), a blank line after each.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker images --tree', () => {
  it('expands each image into its platform manifests', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    run('docker run -d --name abc nginx');
    run('docker tag nginx zz:1');
    const manifest = (repo: string) => host.snapshot().images.find((i) => i.repoTags.includes(repo))!;
    const alpine = manifest('alpine:latest');
    const nginx = manifest('nginx:latest');
    const short = (id: string) => id.replace('sha256:', '').slice(0, 12);
    const out = run('docker images --tree').stdout;
    const lines = out.split('\n');
    expect(lines[0]).toBe('IMAGE                ID             DISK USAGE   CONTENT SIZE   EXTRA');
    expect(lines[1]).toBe(`alpine:latest        ${short(alpine.id)}       12.2MB          3.8MB        `);
    expect(lines[2]).toMatch(/^└─ linux\/amd64       [0-9a-f]{12}       12\.2MB          3\.8MB        $/);
    expect(lines[3]).toBe('');
    expect(lines[4]).toBe('nginx:latest      ');
    expect(lines[5]).toBe(`zz:1                 ${short(nginx.id)}        220MB         59.1MB   U    `);
    expect(lines[6]).toMatch(/^└─ linux\/amd64       [0-9a-f]{12}        220MB         59\.1MB   U    $/);
    expect(lines.slice(7)).toEqual(['', '']);
    expect(lines[2]!.slice(21, 33)).not.toBe(short(alpine.id));
  });

  // docker/cli tree.go widestFirstColumnValue counts "<untagged>" for an image without names.
  it('-a widens the first column for <untagged> when it is the widest name', () => {
    const { run } = testHost();
    run('docker build -t ab .');
    run('docker build -t ab .');
    const lines = run('docker images -a').stdout.split('\n');
    expect(lines.map((l) => l.slice(0, 13))).toEqual(['IMAGE        ', 'ab:latest    ', '<untagged>   ', '']);
  });

  it('the default view stays collapsed: one row per tag, no children, no blank lines', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker images').stdout).toBe(
      'IMAGE           ID             DISK USAGE   CONTENT SIZE   EXTRA\nalpine:latest   dc18bed2187c       12.2MB          3.8MB        \n',
    );
  });
});

// `docker history` on Docker 29's containerd store (moby daemon/containerd/image_history.go): the
// top row is the image's ID (its target digest); each row below gets the ID of the next image up
// the chain of parents a commit labels ("org.mobyproject.image.parent"), while those images exist;
// every other row is <missing>. BuildKit's images carry no such label.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

const ids = (out: string) =>
  out
    .split('\n')
    .slice(1, -1)
    .map((l) => l.slice(0, 12));

describe('docker history IDs', () => {
  it('a commit of a commit shows itself, its parent and nginx, then <missing>', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const one = run('docker commit web snap:1').stdout.slice(7, 19);
    run('docker run -d --name w2 snap:1');
    const two = run('docker commit w2 snap:2').stdout.slice(7, 19);
    const nginx = host
      .snapshot()
      .images.find((i) => i.repoTags.includes('nginx:latest'))!
      .id.slice(7, 19);
    const rows = ids(run('docker history snap:2').stdout);
    expect(rows.slice(0, 4)).toEqual([two, one, nginx, '<missing>   ']);
    expect(new Set(rows.slice(3))).toEqual(new Set(['<missing>   ']));
    expect(run('docker history --no-trunc --format "{{.ID}}" snap:2').stdout.split('\n').slice(0, 2)).toEqual(
      host
        .snapshot()
        .images.filter((i) => i.repoTags[0]?.startsWith('snap:'))
        .sort((a, b) => (a.repoTags[0]! < b.repoTags[0]! ? 1 : -1))
        .map((i) => i.id),
    );
  });

  it('a pulled image and a built one show only their own ID on top', () => {
    const { run, host } = testHost();
    run('docker pull nginx:1.29');
    run('docker build -t myapp .');
    const built = host
      .snapshot()
      .images.find((i) => i.repoTags.includes('myapp:latest'))!
      .id.slice(7, 19);
    const rows = ids(run('docker history myapp').stdout);
    expect(rows[0]).toBe(built);
    expect(new Set(rows.slice(1))).toEqual(new Set(['<missing>   ']));
  });
});

// Moved from the flat test files (tests mirror the source).
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

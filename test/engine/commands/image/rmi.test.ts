// docker rmi: refusals for images in use, untagging, parents.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('images, pull, rmi', () => {
  it('rmi refuses an image any container uses, even a stopped one', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker stop web');
    const [cid] = host.snapshot().containers.map((c) => c.id.slice(0, 12));
    const iidFull = host.snapshot().images[0]!.id.slice(7);
    const iid = iidFull.slice(0, 12);
    expect(run('docker rmi nginx').stderr).toBe(`Error response from daemon: conflict: unable to delete nginx:latest (must be forced) - container ${cid} is using its referenced image ${iid}\n`);
    expect(run(`docker rmi ${iid}`).stderr).toBe(`Error response from daemon: conflict: unable to delete ${iid} (must be forced) - image is being used by stopped container ${cid}\n`);
    run('docker start web');
    expect(run(`docker rmi -f ${iid}`).stderr).toBe(`Error response from daemon: conflict: unable to delete ${iid} (cannot be forced) - image is being used by running container ${cid}\n`);
    expect(host.snapshot().images).toHaveLength(1);
    run('docker rm -f web');
    const gone = run('docker rmi nginx');
    expect(gone).toEqual({ stdout: `Untagged: nginx:latest\nDeleted: sha256:${iidFull}\n`, stderr: '', exitCode: 0 });
    expect(host.snapshot().images).toEqual([]);
    expect(run('docker rmi nginx').stderr).toBe('Error response from daemon: No such image: nginx:latest\n');
  });
});

describe('rmi parents', () => {
  it('removing a committed image also removes its untagged, unused parent; --no-prune keeps it', () => {
    for (const noPrune of [false, true]) {
      const { run, host } = testHost();
      run('docker run -d --name one nginx');
      const middle = run('docker commit one').stdout.trim();
      run(`docker run -d --name two ${middle}`);
      const top = run('docker commit two top').stdout.trim();
      run('docker rm -f two');
      const out = run(`docker rmi ${noPrune ? '--no-prune ' : ''}top`).stdout;
      const expected = ['Untagged: top:latest', `Deleted: ${top}`, ...(noPrune ? [] : [`Deleted: ${middle}`])];
      expect(out).toBe(expected.map((l) => l + '\n').join(''));
      expect(host.snapshot().images.some((i) => i.id === middle)).toBe(noPrune);
    }
  });

  it('a tagged parent stays', () => {
    const { run } = testHost();
    run('docker run -d --name one nginx');
    const top = run('docker commit one top').stdout.trim();
    expect(run('docker rmi top').stdout).toBe(`Untagged: top:latest\nDeleted: ${top}\n`);
    expect(run('docker images -q nginx').stdout).not.toBe('');
  });
});

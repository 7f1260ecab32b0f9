// `docker rmi` on the containerd store (moby daemon/containerd/image_delete.go): by ID, a stopped
// container is a soft conflict that -f overrides (the image and its tags go); a running one is a
// hard conflict (cannot be forced). Deleted: lines and IDs are the target's digest.
// docker/cli cli/command/image/remove.go: with -f, images that are not found are reported on
// stderr but are not a failure; without -f they are.
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker rmi', () => {
  it('-f on a missing image prints the error and exits 0', () => {
    const { run } = testHost();
    expect(run('docker rmi -f nope')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope:latest\n',
      exitCode: 0,
    });
    expect(run('docker rmi nope')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such image: nope:latest\n', exitCode: 1 });
  });

  it('rmi -f <ID> deletes an image only stopped containers use; the container stays', () => {
    const { run, host } = testHost();
    run('docker run --name hello hello-world');
    const id = host.snapshot().images[0]!.id;
    const short = id.slice(7, 19);
    expect(run(`docker rmi ${short}`).stderr).toMatch(
      new RegExp(
        `^Error response from daemon: conflict: unable to delete ${short} \\(must be forced\\) - image is being used by stopped container [0-9a-f]{12}\\n$`,
      ),
    );
    expect(run(`docker rmi -f ${short}`)).toEqual({ stdout: `Untagged: hello-world:latest\nDeleted: ${id}\n`, stderr: '', exitCode: 0 });
    expect(run('docker images -aq').stdout).toBe('');
    expect(run('docker ps -a --format "{{.Names}} {{.Status}}"').stdout).toBe('hello Exited (0) Less than a second ago\n');
  });

  it('a running container is a hard conflict, even with -f', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    const id = host.snapshot().images[0]!.id;
    const c = host.snapshot().containers[0]!.id;
    expect(run(`docker rmi -f ${id}`)).toEqual({
      stdout: '',
      stderr: `Error response from daemon: conflict: unable to delete ${id.slice(7, 19)} (cannot be forced) - image is being used by running container ${c.slice(0, 12)}\n`,
      exitCode: 1,
    });
  });

  it("the ID rmi prints is the pull's Digest: (the index), as images -q and inspect show it", () => {
    const { run } = testHost();
    const digest = /Digest: (sha256:[0-9a-f]{64})/.exec(run('docker pull alpine').stdout)![1]!;
    expect(run('docker images -q').stdout).toBe(`${digest.slice(7, 19)}\n`);
    expect(run('docker images -q --no-trunc').stdout).toBe(`${digest}\n`);
    expect(run('docker inspect -f "{{.Id}} {{json .RepoDigests}} {{.Descriptor.mediaType}}" alpine').stdout).toBe(
      `${digest} ["alpine@${digest}"] application/vnd.oci.image.index.v1+json\n`,
    );
    expect(run('docker rmi alpine').stdout).toBe(`Untagged: alpine:latest\nDeleted: ${digest}\n`);
  });

  it('a new tag has its own repo digest; a commit is named by its manifest', () => {
    const { run, host } = testHost();
    run('docker pull alpine');
    run('docker tag alpine mine:1');
    const id = host.snapshot().images[0]!.id;
    expect(run('docker inspect -f "{{json .RepoDigests}}" alpine').stdout).toBe(`["alpine@${id}","mine@${id}"]\n`);
    run('docker create --name cc alpine');
    const committed = run('docker commit cc snap').stdout.trim();
    expect(committed).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(run('docker inspect -f "{{.Id}} {{json .RepoDigests}} {{.Descriptor.mediaType}}" snap').stdout).toBe(
      `${committed} ["snap@${committed}"] application/vnd.oci.image.manifest.v1+json\n`,
    );
  });
});

// Moved from the flat test files (tests mirror the source).
describe('images, pull, rmi', () => {
  it('rmi refuses an image any container uses, even a stopped one', () => {
    const { run, host } = testHost();
    run('docker run -d --name web nginx');
    run('docker stop web');
    const [cid] = host.snapshot().containers.map((c) => c.id.slice(0, 12));
    const iidFull = host.snapshot().images[0]!.id.slice(7);
    const iid = iidFull.slice(0, 12);
    expect(run('docker rmi nginx').stderr).toBe(
      `Error response from daemon: conflict: unable to delete nginx:latest (must be forced) - container ${cid} is using its referenced image ${iid}\n`,
    );
    expect(run(`docker rmi ${iid}`).stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${iid} (must be forced) - image is being used by stopped container ${cid}\n`,
    );
    run('docker start web');
    expect(run(`docker rmi -f ${iid}`).stderr).toBe(
      `Error response from daemon: conflict: unable to delete ${iid} (cannot be forced) - image is being used by running container ${cid}\n`,
    );
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

// `docker load` (docker/cli v29.7.2 cli/command/image/load.go; lines from moby docker-v29.7.2
// daemon/containerd/image_exporter.go LoadImage; refusals from containerd's importer and Go's archive/tar).
import { describe, expect, it } from 'vitest';
import { testHost } from '../../host';

describe('docker load', () => {
  // Rebuilding every layer from its gzip blob takes a few seconds on a loaded machine.
  it('brings a saved image back under its name, the same ID, and it runs', { timeout: 30_000 }, () => {
    const { run } = testHost();
    run('docker pull alpine');
    const before = run('docker images').stdout;
    const release = run('docker run --rm alpine cat /etc/alpine-release');
    run('docker save -o alpine.tar alpine');
    run('docker rmi alpine');
    expect(run('docker load -i alpine.tar')).toEqual({ stdout: 'Loaded image: alpine:latest\n', stderr: '', exitCode: 0 });
    expect(run('docker images').stdout).toBe(before);
    expect(release.exitCode).toBe(0);
    expect(run('docker run --rm alpine cat /etc/alpine-release')).toEqual(release);
  });

  it('names an image saved by ID by its ID', () => {
    const { run } = testHost();
    run('docker pull alpine');
    const id = run('docker images -q --no-trunc alpine').stdout.trim();
    run(`docker save -o a.tar ${id.slice(7, 19)}`);
    run('docker rmi alpine');
    expect(run('docker load -i a.tar')).toEqual({ stdout: `Loaded image ID: ${id}\n`, stderr: '', exitCode: 0 });
  });

  it("keeps a built image's ID: the index BuildKit wrote and its attestation travel in the archive", { timeout: 30_000 }, () => {
    const { run } = testHost();
    run("echo 'FROM alpine' > Dockerfile");
    run("echo 'RUN echo hi > /hi' >> Dockerfile");
    expect(run('docker build -t mine .').exitCode).toBe(0);
    const id = run('docker images -q --no-trunc mine').stdout.trim();
    run('docker save -o mine.tar mine');
    run('docker rmi mine');
    expect(run('docker load -i mine.tar')).toEqual({ stdout: 'Loaded image: mine:latest\n', stderr: '', exitCode: 0 });
    expect(run('docker images -q --no-trunc mine').stdout.trim()).toBe(id);
    expect(run('docker inspect -f "{{.Descriptor.mediaType}}" mine').stdout).toBe('application/vnd.oci.image.index.v1+json\n');
  });

  it('refuses what is not an archive, as the daemon words it', () => {
    const { run } = testHost();
    run('echo not a tar > bad.tar');
    expect(run('docker load -i bad.tar')).toEqual({ stdout: '', stderr: 'Error response from daemon: unexpected EOF\n', exitCode: 1 });
    run(`echo ${'x'.repeat(600)} > big.tar`);
    expect(run('docker load -i big.tar')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: archive/tar: invalid tar header\n',
      exitCode: 1,
    });
    expect(run('docker load -i missing.tar')).toEqual({ stdout: '', stderr: 'open missing.tar: no such file or directory\n', exitCode: 1 });
    expect(run('docker load')).toEqual({ stdout: '', stderr: 'requested load from stdin, but stdin is empty\n', exitCode: 1 });
  });
});

// load.go runLoad: with no -i, stdin is read unless it is a terminal ("requested load from stdin,
// but stdin is empty"); -i wins over stdin.
describe('docker load from stdin', () => {
  it('< file and cat file | load bring the image back; a terminal is refused', () => {
    const { run } = testHost();
    run('docker pull busybox');
    run('docker save -o busybox.tar busybox');
    expect(run('docker load')).toEqual({ stdout: '', stderr: 'requested load from stdin, but stdin is empty\n', exitCode: 1 });
    run('docker rmi busybox');
    expect(run('docker load < busybox.tar')).toEqual({ stdout: 'Loaded image: busybox:latest\n', stderr: '', exitCode: 0 });
    run('docker rmi busybox');
    expect(run('cat busybox.tar | docker image load')).toEqual({ stdout: 'Loaded image: busybox:latest\n', stderr: '', exitCode: 0 });
    expect(run('echo junk | docker load -i busybox.tar')).toEqual({ stdout: 'Loaded image: busybox:latest\n', stderr: '', exitCode: 0 });
    expect(run('docker load < /dev/null').exitCode).toBe(1);
  });
});

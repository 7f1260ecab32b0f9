// `docker save` writes the containerd store's archive (moby docker-v29.7.2
// daemon/containerd/image_exporter.go; containerd v2.3.3 core/images/archive/exporter.go):
// oci-layout, index.json, blobs/sha256/<hex>, manifest.json; every blob hashes to its name.
import { describe, expect, it } from 'vitest';
import { digestOf } from '../../../../engine/model/digest';
import { readTar } from '../../../../engine/model/tar-read';
import { testHost } from '../../host';
import { validate } from '../../oci-schema';

const text = (b: Uint8Array) => new TextDecoder().decode(b);

describe('docker save', () => {
  it('writes an OCI layout whose names, index and legacy manifest follow containerd', () => {
    const { host, run } = testHost();
    run('docker pull nginx');
    expect(run('docker save -o nginx.tar nginx:latest')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const items = readTar(host.hostFileBytes('/home/learner/app/nginx.tar')!);
    const docs = host.inspectOci('nginx');
    const index = JSON.parse(docs.index!) as { manifests: Array<{ digest: string }> };
    const manifest = JSON.parse(docs.manifest) as { config: { digest: string }; layers: Array<{ digest: string }> };
    const hex = (d: string) => `blobs/sha256/${d.slice(7)}`;
    const blobs = [digestOf(docs.index!), index.manifests[0]!.digest, manifest.config.digest, ...manifest.layers.map((l) => l.digest)]
      .map(hex)
      .sort();
    expect(items.map((i) => [i.name, i.mode.toString(8)])).toEqual([
      ['blobs/', '755'],
      ['blobs/sha256/', '755'],
      ...blobs.map((b) => [b, '444']),
      ['index.json', '644'],
      ['manifest.json', '644'],
      ['oci-layout', '444'],
    ]);
    for (const item of items.filter((i) => i.name.startsWith('blobs/sha256/') && i.type === '0'))
      expect(digestOf(item.data)).toBe(`sha256:${item.name.slice(13)}`);
    const file = (name: string) => text(items.find((i) => i.name === name)!.data);
    expect(file('oci-layout')).toBe('{"imageLayoutVersion":"1.0.0"}');
    expect(JSON.parse(file('index.json'))).toEqual({
      schemaVersion: 2,
      mediaType: 'application/vnd.oci.image.index.v1+json',
      manifests: [
        {
          mediaType: 'application/vnd.oci.image.index.v1+json',
          digest: digestOf(docs.index!),
          size: docs.index!.length,
          annotations: { 'io.containerd.image.name': 'docker.io/library/nginx:latest', 'org.opencontainers.image.ref.name': 'latest' },
        },
      ],
    });
    expect(validate('index', file('index.json'))).toEqual([]);
    expect(validate('index', file(hex(digestOf(docs.index!))))).toEqual([]);
    expect(validate('manifest', file(hex(index.manifests[0]!.digest)))).toEqual([]);
    expect(validate('config', file(hex(manifest.config.digest)))).toEqual([]);
    expect(JSON.parse(file('manifest.json'))).toEqual([
      { Config: hex(manifest.config.digest), RepoTags: ['nginx:latest'], Layers: manifest.layers.map((l) => hex(l.digest)) },
    ]);
  });

  it('saves an image by ID without a name, and a repository name with every tag', () => {
    const { host, run } = testHost();
    run('docker pull alpine');
    run('docker tag alpine mine:v1');
    run('docker tag alpine mine:v2');
    const id = run('docker images -q alpine').stdout.trim();
    run(`docker save -o byid.tar ${id}`);
    run('docker save -o mine.tar mine');
    const index = (file: string) =>
      JSON.parse(text(readTar(host.hostFileBytes(file)!).find((i) => i.name === 'index.json')!.data)) as {
        manifests: Array<{ annotations?: Record<string, string> }>;
      };
    expect(index('byid.tar').manifests.map((m) => m.annotations)).toEqual([undefined]);
    expect(index('mine.tar').manifests.map((m) => m.annotations?.['io.containerd.image.name'])).toEqual([
      'docker.io/library/mine:v1',
      'docker.io/library/mine:v2',
    ]);
  });

  it('refuses a terminal, a missing directory and a missing image as the CLI and daemon do', () => {
    const { run } = testHost();
    run('docker pull alpine');
    expect(run('docker save alpine')).toEqual({
      stdout: '',
      stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n',
      exitCode: 1,
    });
    expect(run('docker save -o /nope/a.tar alpine')).toEqual({
      stdout: '',
      stderr: 'failed to save image: invalid output path: stat /nope: no such file or directory\n',
      exitCode: 1,
    });
    expect(run('docker save -o a.tar nginx:latest')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nginx:latest\n',
      exitCode: 1,
    });
    expect(run('docker save -o a.tar nginx')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nginx\n',
      exitCode: 1,
    });
  });
});

// docker/cli v29.7.2 cli/command/image/save.go runSave: without -o the archive goes to stdout,
// unless stdout is a terminal ("cowardly refusing …", checked before the daemon is asked).
describe('docker save to stdout', () => {
  it('refuses a terminal, even for an image that does not exist', () => {
    const { run } = testHost();
    const refusal = { stdout: '', stderr: 'cowardly refusing to save to a terminal. Use the -o flag or redirect\n', exitCode: 1 };
    expect(run('docker save nope')).toEqual(refusal);
    run('docker pull busybox');
    expect(run('docker save busybox')).toEqual(refusal);
    expect(run('docker image save busybox')).toEqual(refusal);
  });

  it('> file writes the very bytes -o writes, in the directory the shell is in', () => {
    const { run, host } = testHost();
    run('docker pull busybox');
    expect(run('docker save busybox > a.tar')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker save -o b.tar busybox')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    const a = host.hostFileBytes('a.tar')!;
    expect(a.length).toBeGreaterThan(1024);
    expect(a).toEqual(host.hostFileBytes('b.tar'));
    expect(run('cd /tmp && docker save busybox > c.tar && docker save -o d.tar busybox')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(host.hostFileBytes('/tmp/c.tar')).toEqual(a);
    expect(host.hostFileBytes('/tmp/d.tar')).toEqual(a);
    // A failure leaves the file the shell created (empty), as bash and the CLI do.
    expect(run('docker save nope > e.tar')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: No such image: nope\n',
      exitCode: 1,
    });
    expect(host.hostFileBytes('/tmp/e.tar')).toEqual(new Uint8Array());
  });

  it('pipes into docker load, and > /dev/null is not a terminal', () => {
    const { run } = testHost();
    run('docker pull busybox');
    const images = run('docker images').stdout;
    expect(run('docker save busybox > /dev/null')).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(run('docker save busybox | docker load')).toEqual({ stdout: 'Loaded image: busybox:latest\n', stderr: '', exitCode: 0 });
    expect(run('docker images').stdout).toBe(images);
  });
});

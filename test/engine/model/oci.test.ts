// Every bundled and every committed image's manifest, config and index validate against the OCI
// schemas, and every ID and digest is sha256 over the exact bytes the host returns.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { remoteReferences } from '../../../engine/registry/index';
import { testHost } from '../host';
import { validate } from '../oci-schema';

const sha = (data: string | Uint8Array) => 'sha256:' + createHash('sha256').update(data).digest('hex');

describe('OCI documents', () => {
  const refs = remoteReferences();

  it('bundles the nine repositories with latest tags', () => {
    for (const repo of ['hello-world', 'busybox', 'alpine', 'debian', 'ubuntu', 'nginx', 'redis', 'node', 'python'])
      expect(refs).toContain(`${repo}:latest`);
  });

  it.each(refs)('%s: manifest, config and index are valid OCI and content-addressed', (ref) => {
    const { host, run } = testHost();
    expect(run(`docker pull ${ref}`).exitCode).toBe(0);
    const docs = host.inspectOci(ref);
    expect(validate('manifest', docs.manifest)).toEqual([]);
    expect(validate('config', docs.config)).toEqual([]);
    expect(validate('index', docs.index!)).toEqual([]);
    const manifest = JSON.parse(docs.manifest) as { config: { digest: string; size: number } };
    expect(manifest.config.digest).toBe(sha(docs.config));
    expect(manifest.config.size).toBe(Buffer.byteLength(docs.config));
    const index = JSON.parse(docs.index!) as { manifests: Array<{ digest: string }> };
    expect(index.manifests[0]!.digest).toBe(sha(docs.manifest));
    // Docker 29's image ID is the digest of the top-level target, the index, which is also pull's
    // Digest: line and the repo digest (moby daemon/containerd/image.go, image_inspect.go).
    const image = host.snapshot().images.find((i) => i.repoTags.includes(ref))!;
    expect(image.id).toBe(sha(docs.index!));
    expect(image.repoDigests).toEqual([`${ref.split(':')[0]}@${sha(docs.index!)}`]);
  });

  it('a commit produces a valid image whose new layer is a real tar with the change and its whiteout', () => {
    const { host, run } = testHost();
    run('docker run -d --name web nginx');
    run("docker exec web sh -c 'echo hello > /usr/share/nginx/html/hello.txt'");
    run('docker exec web rm /usr/share/nginx/html/50x.html');
    const out = run('docker commit web web:v2');
    expect(out.stdout).toMatch(/^sha256:[a-f0-9]{64}\n$/);
    const docs = host.inspectOci('web:v2');
    expect(validate('manifest', docs.manifest)).toEqual([]);
    expect(validate('config', docs.config)).toEqual([]);
    // A commit's target is its manifest (no index): its digest is the ID commit prints.
    expect(docs.index).toBeUndefined();
    expect(out.stdout.trim()).toBe(sha(docs.manifest));
    expect(JSON.parse(docs.manifest).config.digest).toBe(sha(docs.config));
    const config = JSON.parse(docs.config) as { rootfs: { diff_ids: string[] }; history: Array<{ empty_layer?: boolean }> };
    expect(config.rootfs.diff_ids.length).toBe(config.history.filter((h) => !h.empty_layer).length);
    const base = JSON.parse(host.inspectOci('nginx').config) as { rootfs: { diff_ids: string[] } };
    expect(config.rootfs.diff_ids.slice(0, -1)).toEqual(base.rootfs.diff_ids);
  });

  it('layer blobs gunzip to tars whose sha256 is the diff ID', async () => {
    const { createLayer } = await import('../../../engine/model/layer');
    const layer = createLayer(
      new Map([
        ['/etc/app.conf', { type: 'file', content: 'x=1\n', mode: 0o644 }],
        ['/etc/old', { type: 'whiteout' }],
      ]),
    );
    // Rebuild from the same entries: bytes are deterministic.
    const again = createLayer(
      new Map([
        ['/etc/old', { type: 'whiteout' }],
        ['/etc/app.conf', { type: 'file', content: 'x=1\n', mode: 0o644 }],
      ]),
    );
    expect(again.diffId).toBe(layer.diffId);
    expect(again.digest).toBe(layer.digest);
    expect(layer.diffId).not.toBe(layer.digest);
  });

  it('the empty layer is the 1024-byte empty tar', async () => {
    const { createLayerTar } = await import('../../../engine/model/tar');
    expect(sha(createLayerTar([]))).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
  });

  it('a layer tar lists its files and a .wh. whiteout, readable by a standard tar reader', async () => {
    const { createLayerTar } = await import('../../../engine/model/tar');
    const { parseTar } = await import('nanotar');
    const tar = createLayerTar([
      ['/etc', { type: 'dir', mode: 0o755 }],
      ['/etc/app.conf', { type: 'file', content: 'x=1\n', mode: 0o644 }],
      ['/etc/old', { type: 'whiteout' }],
    ]);
    const names = parseTar(tar).map((f) => f.name);
    expect(names).toEqual(['etc/', 'etc/app.conf', 'etc/.wh.old']);
  });

  it('the validator rejects what the spec rejects', () => {
    expect(validate('manifest', '{"schemaVersion":2,"config":{}}')).not.toEqual([]);
    expect(validate('config', '{"architecture":"amd64","os":7,"rootfs":{"type":"layers","diff_ids":[]}}')).not.toEqual([]);
    expect(
      validate(
        'index',
        `{"schemaVersion":2,"manifests":[{"mediaType":"application/vnd.oci.image.manifest.v1+json","digest":"sha256:${'A'.repeat(64)}","size":1}]}`,
      ),
    ).not.toEqual([]);
  });

  it('chain IDs match the OCI spec vectors', async () => {
    const { chainIds } = await import('../../../engine/model/digest');
    expect(chainIds(['sha256:a', 'sha256:b', 'sha256:c'])).toEqual([
      'sha256:a',
      'sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8',
      'sha256:dee159b33409cefa3f6eda71539f006014283e9d9130c18a1dea7bd8a33c9b1b',
    ]);
  });
});

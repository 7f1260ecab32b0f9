import { test, check, checkEqual } from '../../grader/harness';
import { canonicalJson, chainId, dockerImageId, imageId, sha256Hex, type Json } from './image-id';

const config = (): Json => ({
  architecture: 'amd64',
  os: 'linux',
  config: { Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'], Cmd: ['nginx', '-g', 'daemon off;'] },
  rootfs: { type: 'layers', diff_ids: ['sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'] },
});

test('canonicalJson sorts keys at every depth and drops whitespace', () => {
  checkEqual(canonicalJson({ b: 1, a: { d: [3, 1], c: null } }), '{"a":{"c":null,"d":[3,1]},"b":1}', 'canonicalJson of a nested object');
  checkEqual(
    canonicalJson([{ z: true, y: 'é "q"' }, 'x']),
    '[{"y":"é \\"q\\"","z":true},"x"]',
    'canonicalJson of an array of mixed values',
  );
  checkEqual(
    canonicalJson({ B: 1, a: 2, _: 3 }),
    '{"B":1,"_":3,"a":2}',
    'canonicalJson sorts by plain string order (uppercase before lowercase)',
  );
});

test('sha256Hex matches known digests', () => {
  checkEqual(
    sha256Hex('{}'),
    '44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a',
    'sha256Hex("{}") (the OCI empty descriptor\'s digest)',
  );
  checkEqual(
    sha256Hex('é'),
    '4a99557e4033c3539de2eb65472017cad5f9557f7a0625a09f1c3f6e2ba69c4c',
    'sha256Hex("é") (hash the UTF-8 bytes, not UTF-16 code units)',
  );
});

test('imageId is sha256: plus the digest of the canonical config', () => {
  checkEqual(imageId({}), 'sha256:44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a', 'imageId({})');
  const id = imageId(config());
  check(/^sha256:[0-9a-f]{64}$/.test(id), `imageId should look like sha256:<64 lowercase hex>, got ${id}`);
  checkEqual(id, `sha256:${sha256Hex(canonicalJson(config()))}`, 'imageId(config)');
});

test('the same content gives the same ID, whatever the key order', () => {
  const reordered: Json = {
    rootfs: { diff_ids: ['sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef'], type: 'layers' },
    os: 'linux',
    config: { Cmd: ['nginx', '-g', 'daemon off;'], Env: ['PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'] },
    architecture: 'amd64',
  };
  checkEqual(imageId(reordered), imageId(config()), 'imageId of the same config with keys in another order');
});

test('committing a layer (one more diff_id) gives a new ID; the old image keeps its own', () => {
  const base = config() as { rootfs: { diff_ids: string[] } };
  const before = imageId(base as unknown as Json);
  const committed = structuredCloneJson(base);
  committed.rootfs.diff_ids.push('sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8');
  check(imageId(committed as unknown as Json) !== before, 'adding a layer did not change the ID: the ID must cover the whole config');
  checkEqual(imageId(base as unknown as Json), before, "the original config's ID after building the new one (do not modify your input)");
});

test('chainId follows the OCI recursion', () => {
  checkEqual(chainId(['sha256:a']), 'sha256:a', 'chainId of one layer (its own DiffID)');
  checkEqual(chainId(['sha256:a', 'sha256:b']), 'sha256:970a948bffa8de94d6e22d747ba8c95030e6e546909f98f54e99a13005e173a8', 'chainId(A|B)');
  checkEqual(
    chainId(['sha256:a', 'sha256:b', 'sha256:c']),
    'sha256:dee159b33409cefa3f6eda71539f006014283e9d9130c18a1dea7bd8a33c9b1b',
    'chainId(A|B|C)',
  );
});

test('dockerImageId: config digest -> manifest -> index digest, the ID Docker 29 shows', () => {
  const layer: Json = {
    mediaType: 'application/vnd.oci.image.layer.v1.tar+gzip',
    digest: 'sha256:4f4fb700ef54461cfa02571ae0db9a0dc1e0cdb5577484a6d75e68dc38e8acc1',
    size: 32,
  };
  const id = dockerImageId(config(), [layer]);
  checkEqual(id, 'sha256:c19bcd624311b20676ab739c59be8988172d2015b0415eb67b71a755e0baad9f', 'dockerImageId(config, [one layer])');
  check(id !== imageId(config()), 'dockerImageId returned the config digest: Docker 29 names the image by the index above it');
  checkEqual(
    dockerImageId(config(), []),
    'sha256:f6c4b6fad6c24e80100a33ea90e6fe9014db4e04f9689fab339ffba828510366',
    'dockerImageId(config, no layers): the manifest lists the layers, so they change the ID too',
  );
});

function structuredCloneJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}

// What BuildKit writes for a build by default (provenance "mode=min", buildx's default since
// v0.10): an in-toto statement, an attestation manifest holding it, and an index naming the image
// manifest and the attestation manifest (buildkit exporter/containerimage/writer.go
// commitDistributionManifest, commitAttestationsManifest). The statement records the build's own
// invocation ID and times, so every build, a fully cached one too, gives a new index digest:
// Docker 29's image ID (moby/moby#48391, moby/buildkit#5894); config and layers stay the same.
import { byteLength, digestOf } from './digest';
import { MEDIA, type Document } from './oci';

const IN_TOTO = 'application/vnd.in-toto+json';
const SLSA_V02 = 'https://slsa.dev/provenance/v0.2';

export interface Provenance {
  /** BuildKit's build ref (a random ID). */
  invocationId: string;
  /** RFC 3339 start and end of the build. */
  startedOn: string;
  finishedOn: string;
}

export interface AttestedIndex {
  index: Document;
  attestationManifest: Document;
  /** The attestation's config and its one layer (the in-toto statement). */
  blobs: readonly Document[];
}

function document(value: unknown): Document {
  const bytes = JSON.stringify(value);
  return { bytes, digest: digestOf(bytes), size: byteLength(bytes) };
}

export function attestedIndex(manifest: Document, provenance: Provenance): AttestedIndex {
  const hex = manifest.digest.replace(/^sha256:/, '');
  const statement = document({
    _type: 'https://in-toto.io/Statement/v0.1',
    predicateType: SLSA_V02,
    subject: [{ name: 'pkg:docker/image?platform=linux%2Famd64', digest: { sha256: hex } }],
    predicate: {
      builder: { id: '' },
      buildType: 'https://mobyproject.org/buildkit@v1',
      invocation: {
        configSource: { entryPoint: 'Dockerfile' },
        parameters: { frontend: 'dockerfile.v0' },
        environment: { platform: 'linux/amd64' },
      },
      metadata: {
        buildInvocationID: provenance.invocationId,
        buildStartedOn: provenance.startedOn,
        buildFinishedOn: provenance.finishedOn,
        completeness: { parameters: false, environment: true, materials: false },
        reproducible: false,
      },
    },
  });
  const config = document({ architecture: 'unknown', os: 'unknown', config: {}, rootfs: { type: 'layers', diff_ids: [statement.digest] } });
  const attestationManifest = document({
    schemaVersion: 2,
    mediaType: MEDIA.manifest,
    config: { mediaType: MEDIA.config, digest: config.digest, size: config.size },
    layers: [
      { mediaType: IN_TOTO, digest: statement.digest, size: statement.size, annotations: { 'in-toto.io/predicate-type': SLSA_V02 } },
    ],
  });
  const index = document({
    schemaVersion: 2,
    mediaType: MEDIA.index,
    manifests: [
      { mediaType: MEDIA.manifest, digest: manifest.digest, size: manifest.size, platform: { architecture: 'amd64', os: 'linux' } },
      {
        mediaType: MEDIA.manifest,
        digest: attestationManifest.digest,
        size: attestationManifest.size,
        annotations: { 'vnd.docker.reference.digest': manifest.digest, 'vnd.docker.reference.type': 'attestation-manifest' },
        platform: { architecture: 'unknown', os: 'unknown' },
      },
    ],
  });
  return { index, attestationManifest, blobs: [config, statement] };
}

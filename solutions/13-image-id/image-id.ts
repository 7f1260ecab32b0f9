// Exercise 13, reference solution.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const CONFIG = 'application/vnd.oci.image.config.v1+json';
export const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const INDEX = 'application/vnd.oci.image.index.v1+json';

export function canonicalJson(value: Json): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const keys = Object.keys(value).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k] as Json)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

export function sha256Hex(text: string): string {
  return bytesToHex(sha256(utf8ToBytes(text)));
}

export function imageId(config: Json): string {
  return `sha256:${sha256Hex(canonicalJson(config))}`;
}

export function chainId(diffIds: readonly string[]): string {
  const [first, ...rest] = diffIds;
  if (first === undefined) throw new Error('a layer stack needs at least one layer');
  return rest.reduce((chain, diffId) => `sha256:${sha256Hex(`${chain} ${diffId}`)}`, first);
}

/** The sha256 digest and byte size of a document's canonical JSON, as an OCI descriptor names it. */
function descriptor(mediaType: string, doc: Json): { [key: string]: Json } {
  const text = canonicalJson(doc);
  return { mediaType, digest: `sha256:${sha256Hex(text)}`, size: utf8ToBytes(text).length };
}

export function dockerImageId(config: Json, layers: readonly Json[]): string {
  const manifest: Json = { schemaVersion: 2, mediaType: MANIFEST, config: descriptor(CONFIG, config), layers: [...layers] };
  const index: Json = {
    schemaVersion: 2,
    mediaType: INDEX,
    manifests: [{ ...descriptor(MANIFEST, manifest), platform: { architecture: 'amd64', os: 'linux' } }],
  };
  return imageId(index);
}

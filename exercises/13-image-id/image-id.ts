// Exercise 13: content addressing. An image's ID is the sha256 of its config's exact bytes,
// so the same content always gets the same ID and any change gives a new one.
// Use @noble/hashes: `sha256` from '@noble/hashes/sha2.js', `bytesToHex` and `utf8ToBytes`
// from '@noble/hashes/utils.js'.
import { todo } from '../support/todo';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export const CONFIG = 'application/vnd.oci.image.config.v1+json';
export const MANIFEST = 'application/vnd.oci.image.manifest.v1+json';
export const INDEX = 'application/vnd.oci.image.index.v1+json';

/**
 * Step 1: JSON with object keys sorted (plain `<` order on the key strings) at every depth, no
 * whitespace; arrays keep their order; strings, numbers, booleans and null as JSON.stringify writes them.
 */
export function canonicalJson(value: Json): string {
  return todo(`canonicalJson(${typeof value})`);
}

/** Step 2: lowercase hex sha256 of the text's UTF-8 bytes (64 characters). */
export function sha256Hex(text: string): string {
  return todo(`sha256Hex(${text.length} chars)`);
}

/** Step 3: "sha256:" + the hex sha256 of the config's canonical JSON. */
export function imageId(config: Json): string {
  return todo(`imageId(${typeof config})`);
}

/**
 * Step 4: the ChainID of a layer stack (OCI image spec): the first layer's is its DiffID; each next
 * one is "sha256:" + sha256Hex(previousChainId + " " + diffId).
 */
export function chainId(diffIds: readonly string[]): string {
  return todo(`chainId(${diffIds.length} layers)`);
}

/**
 * Step 5: the ID Docker 29 shows (containerd image store): the digest of the top of the tree. The
 * manifest { schemaVersion: 2, mediaType: MANIFEST, config: <descriptor of config>, layers } names
 * the config; the index { schemaVersion: 2, mediaType: INDEX, manifests: [<descriptor of the
 * manifest> plus platform: { architecture: 'amd64', os: 'linux' }] } names the manifest. A
 * descriptor is { mediaType, digest, size }: the sha256 and UTF-8 byte length of the document's
 * canonical JSON. Return imageId(index).
 */
export function dockerImageId(config: Json, layers: readonly Json[]): string {
  return todo(`dockerImageId(${typeof config}, ${layers.length} layers)`);
}

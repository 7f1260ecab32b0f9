// Exercise 13, reference solution.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

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

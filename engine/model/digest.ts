// Content addressing: every ID and digest in the kit is sha256 over real bytes.
// @noble/hashes is synchronous (Web Crypto is not), which keeps Host.execute synchronous.
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/** UTF-8 bytes (noble's helper: the engine's lib has no DOM or Node TextEncoder type). */
export function utf8(text: string): Uint8Array {
  return utf8ToBytes(text);
}

export function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

/** `sha256:<64 lowercase hex>` of the given bytes (strings are hashed as UTF-8). */
export function digestOf(data: Uint8Array | string): string {
  return 'sha256:' + bytesToHex(sha256(typeof data === 'string' ? utf8(data) : data));
}

/** ChainID per the OCI image spec: ChainID(L0..Ln) = sha256(ChainID(L0..Ln-1) + " " + DiffID(Ln)). */
export function chainIds(diffIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const diffId of diffIds) {
    const prev = out[out.length - 1];
    out.push(prev === undefined ? diffId : digestOf(`${prev} ${diffId}`));
  }
  return out;
}

/** The 12 hex characters the CLI shows for an ID or digest. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12);
}

// The host disk keeps a file as text (what `echo … > f` and the build context write) or as bytes
// (an archive from `docker save`/`export`, exactly as the daemon streamed it). Readers that want
// text (the build context, --env-file, cp, binds) see a file kept as bytes one character per byte
// (Latin-1), so its bytes come back exactly; a file kept as text is UTF-8 on disk.
import { strFromU8, strToU8 } from 'fflate';

export type HostContent = string | Uint8Array;

export function bytesToHostText(bytes: Uint8Array): string {
  return strFromU8(bytes, true);
}

/** Bytes read as UTF-8 text: what a shell reading a script from a pipe sees. */
export function utf8Text(bytes: Uint8Array): string {
  return strFromU8(bytes);
}

export function hostTextToBytes(text: string): Uint8Array {
  return strToU8(text, true);
}

/** A host file's bytes: kept bytes as they are, text in UTF-8 (what a file written by echo holds). */
export function hostContentBytes(content: HostContent): Uint8Array {
  return typeof content === 'string' ? strToU8(content) : content;
}

const asText = (content: HostContent): string => (typeof content === 'string' ? content : bytesToHostText(content));

/** The host disk's files as text, decoded only when read (most readers look at paths alone). */
export class HostTextView implements ReadonlyMap<string, string> {
  constructor(private readonly files: ReadonlyMap<string, HostContent>) {}
  get size(): number {
    return this.files.size;
  }
  has(path: string): boolean {
    return this.files.has(path);
  }
  get(path: string): string | undefined {
    const content = this.files.get(path);
    return content === undefined ? undefined : asText(content);
  }
  keys(): MapIterator<string> {
    return this.files.keys();
  }
  // Generators are iterator objects like a Map's (same prototype chain); the cast only names that type.
  values(): MapIterator<string> {
    return this.#values() as MapIterator<string>;
  }
  entries(): MapIterator<[string, string]> {
    return this.#entries() as MapIterator<[string, string]>;
  }
  [Symbol.iterator](): MapIterator<[string, string]> {
    return this.entries();
  }
  forEach(callback: (value: string, key: string, map: ReadonlyMap<string, string>) => void, thisArg?: unknown): void {
    for (const [path, text] of this.#entries()) callback.call(thisArg, text, path, this);
  }
  *#values(): Generator<string> {
    for (const content of this.files.values()) yield asText(content);
  }
  *#entries(): Generator<[string, string]> {
    for (const [path, content] of this.files) yield [path, asText(content)];
  }
}

// The host disk keeps files as text; a binary file (a saved archive) is kept as one character per
// byte (Latin-1), so its bytes come back exactly as they were written.
import { strFromU8, strToU8 } from 'fflate';

export function bytesToHostText(bytes: Uint8Array): string {
  return strFromU8(bytes, true);
}

export function hostTextToBytes(text: string): Uint8Array {
  return strToU8(text, true);
}

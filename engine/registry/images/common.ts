// Tiny pure helpers shared by the bundled-image data files. No logic beyond building plain
// FileSpec maps, so every image file stays readable as data.
import type { FileSpec, EmptyHistorySpec } from '../types';

/** A stand-in for a compiled program: real images carry ELF binaries; we carry their first bytes and a note. */
export function bin(what: string): FileSpec {
  return { content: `\x7fELF stand-in for ${what}\n`, mode: 0o755 };
}

/** A shell script or other executable text file. */
export function script(content: string): FileSpec {
  return { content, mode: 0o755 };
}

/** Directories with a shared mode (0o755 unless given). */
export function dirs(paths: string[], mode = 0o755): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {};
  for (const p of paths) out[p] = { dir: true, mode };
  return out;
}

/** `names` as symlinks in `dir`, all pointing at `target` (how busybox and alpine expose their applets). */
export function links(dir: string, names: string[], target: string): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {};
  for (const n of names) out[`${dir}/${n}`] = { symlink: target };
  return out;
}

/** Binaries named `names` in `dir`, each a stand-in labelled with its package. */
export function bins(dir: string, names: string[], pkg: string): Record<string, FileSpec> {
  const out: Record<string, FileSpec> = {};
  for (const n of names) out[`${dir}/${n}`] = bin(`${dir}/${n} (${pkg})`);
  return out;
}

/** UTF-8 byte length without TextEncoder (the engine compiles against ES2022 only, no DOM lib). */
export function utf8Length(text: string): number {
  let n = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    n += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
  }
  return n;
}

/**
 * Unpacked size of a layer whose files we bundle completely (small COPY layers): Docker counts
 * regular files by content length and symlinks by target length, directories as 0 — e.g. python's
 * symlink-only layer is 36B in the real `docker history`.
 */
export function treeSize(files: Record<string, FileSpec>): number {
  let total = 0;
  for (const spec of Object.values(files)) {
    if (typeof spec === 'string') total += utf8Length(spec);
    else if ('content' in spec) total += utf8Length(spec.content);
    else if ('symlink' in spec) total += utf8Length(spec.symlink);
  }
  return total;
}

/** RFC 3339 time `seconds` after `base` (build steps of one Dockerfile run a few seconds apart). */
export function after(base: string, seconds: number): string {
  return new Date(Date.parse(base) + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

/** An empty history step (ENV, CMD, EXPOSE, …) as `steps` expects it. */
export function empty(createdBy: string, created: string): { empty: EmptyHistorySpec } {
  return { empty: { createdBy, created } };
}

/** The default PATH of Debian-based and most official images. */
export const DEFAULT_PATH = 'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

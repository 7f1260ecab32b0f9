// The newest archive a demo's `docker save -o` / `docker export -o` left on the simulated host's
// disk, offered as a download of its real bytes. Every window derives it from its own replayed host,
// so nothing but the line log crosses windows; the Blob URL lives while the archive does and is
// revoked when it changes, when the host is reset and when the terminal goes.

import { onScopeDispose, shallowRef, watch, type ShallowRef } from 'vue';
import { humanSize, type Host, type HostFileView } from '../engine/index';
import type { HostSession } from './useHostSession';

export interface ArchiveDownload {
  /** The file's name on the host's disk, as the download's name. */
  name: string;
  size: number;
  /** What the link says: "download nginx.tar (30.3kB)" (the size as `docker images` words sizes). */
  label: string;
  /** A blob: URL of the archive's bytes. */
  url: string;
}

/** The archive to offer: the last one written, or null when the disk holds none. */
export function newestArchive(archives: readonly HostFileView[]): HostFileView | null {
  return archives.at(-1) ?? null;
}

export function archiveLabel(file: HostFileView): string {
  return `download ${baseName(file.path)} (${humanSize(file.size)})`;
}

function baseName(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

function blobUrl(host: Host, file: HostFileView): string | null {
  const bytes = host.hostFileBytes(file.path);
  // A copy with its own ArrayBuffer: what Blob's typing asks for, and never a view of engine state.
  return bytes ? URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type: 'application/x-tar' })) : null;
}

/**
 * The download for a session's terminal; `enabled` is false where nobody can click (print,
 * export, thumbnails), so no Blob is made there. Call from a component's setup.
 */
export function useArchiveDownload(session: HostSession, enabled: () => boolean): ShallowRef<ArchiveDownload | null> {
  const download = shallowRef<ArchiveDownload | null>(null);
  const revoke = () => {
    if (download.value) URL.revokeObjectURL(download.value.url);
    download.value = null;
  };
  // Every replay makes a new transcript array (a line run, a click back, a reset makes a new host):
  // the archive's bytes are read again, since the same path may now hold other bytes.
  watch(
    () => [enabled(), session.host.value, session.transcript.value] as const,
    ([on, host]) => {
      revoke();
      const file = on && host ? newestArchive(host.hostArchives()) : null;
      const url = file && host ? blobUrl(host, file) : null;
      if (file && url) download.value = { name: baseName(file.path), size: file.size, label: archiveLabel(file), url };
    },
    { immediate: true },
  );
  onScopeDispose(revoke);
  return download;
}

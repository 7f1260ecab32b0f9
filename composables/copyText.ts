// Copying the terminal's text. The Clipboard API needs a secure context; `slidev --remote`
// over plain http on a LAN address is not one, so fall back to a selected textarea.

import type { TranscriptEntry } from './hostReplay';

/** The screen as a terminal would show it: each prompt line, then its output. */
export function transcriptText(entries: readonly TranscriptEntry[]): string {
  return entries.map((e) => `${e.prompt}${e.line}\n${e.output.map((b) => b.text).join('')}`).join('');
}

export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard && window.isSecureContext) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused: try the old way below.
  }
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.appendChild(area);
  area.select();
  const done = document.execCommand('copy');
  area.remove();
  return done;
}

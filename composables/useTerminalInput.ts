// The prompt's keyboard: Enter runs, ↑/↓ walk the history, Tab completes, Ctrl+L clears,
// Ctrl+C drops the line, Escape leaves. Keys never reach Slidev's navigation while typing.

import { computed, ref } from 'vue';
import { completeLine } from './completion';
import type { HostSession } from './useHostSession';

export function useTerminalInput(session: HostSession) {
  /** Candidates listed under the prompt after an ambiguous Tab; this window only. */
  const listing = ref<string[]>([]);
  // Position while walking the history with ↑/↓; null = editing a new line.
  let cursor: number | null = null;
  let pending = '';

  const draft = computed({
    get: () => session.log().draft,
    set: (text: string) => session.setDraft(text),
  });

  function walk(by: -1 | 1): void {
    const history = session.history.value;
    if (history.length === 0) return;
    if (cursor === null) {
      if (by === 1) return;
      pending = draft.value;
      cursor = history.length;
    }
    cursor += by;
    if (cursor < 0) cursor = 0;
    if (cursor >= history.length) {
      cursor = null;
      draft.value = pending;
      return;
    }
    draft.value = history[cursor]!;
  }

  function complete(): void {
    const host = session.host.value;
    if (!host) return;
    const result = completeLine(draft.value, host.complete(draft.value));
    draft.value = result.line;
    listing.value = result.listing;
  }

  function onKeydown(event: KeyboardEvent): void {
    // Slidev binds arrows, space, letters to navigation; a prompt owns every key it receives.
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    if (event.key !== 'Tab') listing.value = [];
    if (event.isComposing) return;
    if (event.key === 'Escape') {
      input.blur();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      cursor = null;
      session.run(draft.value);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      walk(event.key === 'ArrowUp' ? -1 : 1);
    } else if (event.key === 'Tab' && !event.shiftKey && draft.value.trim() !== '') {
      // On an empty prompt Tab moves focus on, as anywhere else on the page.
      event.preventDefault();
      complete();
    } else if (event.ctrlKey && (event.key === 'l' || event.key === 'L')) {
      event.preventDefault();
      session.clearScreen();
    } else if (event.ctrlKey && (event.key === 'c' || event.key === 'C') && input.selectionStart === input.selectionEnd) {
      event.preventDefault();
      cursor = null;
      draft.value = '';
    }
  }

  return { draft, listing, onKeydown };
}

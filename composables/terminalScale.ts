// The room's terminal text size: a factor on the deck's size (1 = 18px on a 1280×720 screen),
// kept in localStorage so every window of the browser (presenter and audience) shows the same,
// and applied as the CSS variable the terminals read (--docker-term-scale).

const KEY = 'docker-demos:terminal-scale';
export const SCALE_STEPS = [1, 1.15, 1.3, 1.5, 1.75] as const;

function stored(): number {
  try {
    const value = Number(localStorage.getItem(KEY));
    return SCALE_STEPS.includes(value as (typeof SCALE_STEPS)[number]) ? value : 1;
  } catch {
    return 1; // storage blocked: the deck's size
  }
}

function set(scale: number): void {
  document.documentElement.style.setProperty('--docker-term-scale', String(scale));
}

let listening = false;
/** Applies the stored size, and follows changes made in another window of the browser. */
export function applyTerminalScale(): void {
  if (typeof window === 'undefined') return;
  set(stored());
  if (listening) return;
  listening = true;
  window.addEventListener('storage', (event) => {
    if (event.key === KEY) set(stored());
  });
}

/** +1 larger, -1 smaller, 0 the deck's size; returns the new factor. */
export function stepTerminalScale(by: -1 | 0 | 1): number {
  const at = SCALE_STEPS.indexOf(stored() as (typeof SCALE_STEPS)[number]);
  const next = by === 0 ? 1 : SCALE_STEPS[Math.max(0, Math.min(SCALE_STEPS.length - 1, at + by))]!;
  try {
    localStorage.setItem(KEY, String(next));
  } catch {
    // storage blocked: this window only
  }
  set(next);
  return next;
}

// What the stage check looks at on the slide in view, run inside the page (page.evaluate): every
// terminal shows its current command with all of its output and its marked lines, nothing is
// clipped, no text leaves the slide, and the text is large enough for a room. Sizes are on screen
// (Slidev scales its canvas to the window), which is what the back row sees.
//
// Kept free of imports and closures: Playwright serializes the function into the page.

export interface StageLimits {
  /** Smallest terminal text on screen, in px. */
  terminalPx: number;
  /** Smallest other text on screen, in px. */
  textPx: number;
}

export interface StageReport {
  problems: string[];
  terminals: number;
}

export function stageProbe(limits: StageLimits): StageReport {
  const problems: string[] = [];
  const visible = (el: Element): boolean =>
    el.checkVisibility({ opacityProperty: true, visibilityProperty: true, contentVisibilityAuto: true });
  const slide = [...document.querySelectorAll<HTMLElement>('#slide-content .slidev-page')].find(visible);
  if (!slide) return { problems: ['no slide in view'], terminals: 0 };
  const scale = slide.getBoundingClientRect().width / slide.offsetWidth || 1;
  const box = slide.getBoundingClientRect();
  const short = (text: string): string => JSON.stringify(text.trim().replace(/\s+/g, ' ').slice(0, 60));

  const terminals = [...slide.querySelectorAll<HTMLElement>('.docker-terminal')].filter(visible);
  for (const term of terminals) {
    const name = term.querySelector('.title')?.textContent ?? 'terminal';
    const screen = term.querySelector<HTMLElement>('.screen')!;
    const rect = screen.getBoundingClientRect();
    const px = Number.parseFloat(getComputedStyle(screen).fontSize) * scale;
    if (px < limits.terminalPx - 0.05) problems.push(`terminal ${name}: text is ${px.toFixed(1)}px`);
    if (screen.scrollHeight > screen.clientHeight + 1)
      problems.push(`terminal ${name}: clipped vertically (${screen.scrollHeight} > ${screen.clientHeight} layout px)`);
    if (screen.scrollWidth > screen.clientWidth + 1) {
      const wide = [...screen.querySelectorAll<HTMLElement>('.line')]
        .filter((l) => l.getBoundingClientRect().right > rect.right + 1)
        .map((l) => short(l.textContent ?? ''));
      problems.push(
        `terminal ${name}: clipped horizontally (${screen.scrollWidth} > ${screen.clientWidth}) at ${wide.slice(0, 2).join(', ')}`,
      );
    }
    const rows = Number(term.dataset.rows);
    const current = term.querySelector<HTMLElement>('.entry.current');
    // Folding the current output is allowed only when it is taller than the screen, or when the
    // demo marked lines in it (its point stays, and so do the earlier marked lines).
    if (current?.classList.contains('folded') && Number(current.dataset.fullRows) <= rows && !current.querySelector('.line.kept'))
      problems.push(
        `terminal ${name}: the current command's output is folded though it fits the screen (${current.dataset.fullRows} ≤ ${rows} rows)`,
      );
    const inView = (el: Element): boolean => {
      const r = el.getBoundingClientRect();
      return r.top >= rect.top - 1 && r.bottom <= rect.bottom + 1 && r.left >= rect.left - 1 && r.right <= rect.right + 1;
    };
    if (current && !inView(current.querySelector('.command')!)) problems.push(`terminal ${name}: the current command is out of view`);
    // A table row (columns two or more spaces apart) wider than the screen wraps into a staircase.
    const lineHeight = Number.parseFloat(getComputedStyle(screen).lineHeight) * scale;
    for (const line of screen.querySelectorAll('pre.stdout .line')) {
      const text = line.textContent ?? '';
      if (/\S {2,}\S/.test(text) && line.getBoundingClientRect().height > lineHeight * 1.5)
        problems.push(`terminal ${name}: table row ${short(text)} wraps`);
    }
    // A marked line the terminal had no room for is not drawn at all: the terminal counts them.
    const keptHidden = Number(term.dataset.keptHidden ?? 0);
    if (keptHidden > 0)
      problems.push(`terminal ${name}: ${keptHidden} marked ${keptHidden === 1 ? 'line does' : 'lines do'} not fit the screen`);
    for (const kept of screen.querySelectorAll('.line.kept'))
      if (!inView(kept)) problems.push(`terminal ${name}: marked line ${short(kept.textContent ?? '')} is out of view`);
  }

  // Every piece of text: inside the slide, and large enough. Text inside a terminal is measured above.
  const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  const seen = new Set<Element>();
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!node.textContent?.trim()) continue;
    const el = node.parentElement;
    if (!el || !visible(el) || el.closest('.docker-terminal, .ruler, script, style')) continue;
    range.selectNodeContents(node);
    const r = range.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    // What a clipping box around the text (an ellipsis, a scroll box) hides is not on the slide.
    for (let a: Element | null = el; a && a !== slide; a = a.parentElement) {
      const style = getComputedStyle(a);
      if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
      const c = a.getBoundingClientRect();
      r.x = Math.max(r.left, c.left);
      r.y = Math.max(r.top, c.top);
      r.width = Math.max(0, Math.min(r.right, c.right) - r.x);
      r.height = Math.max(0, Math.min(r.bottom, c.bottom) - r.y);
    }
    if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.left < box.left - 1)
      problems.push(`text ${short(node.textContent)} overflows the slide`);
    if (seen.has(el)) continue;
    seen.add(el);
    const px = Number.parseFloat(getComputedStyle(el).fontSize) * scale;
    if (px < limits.textPx - 0.05) problems.push(`text ${short(node.textContent)} is ${px.toFixed(1)}px`);
  }
  return { problems, terminals: terminals.length };
}

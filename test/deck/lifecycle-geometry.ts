// Geometry of the lifecycle diagrams on the current slide, measured in the page (screen px): what
// overlaps what, what leaves its box, how big the text is. Runs inside page.evaluate, so it is
// self-contained (no imports, no closures over module scope).

export interface LifecycleProblems {
  /** How many visible diagrams were measured. */
  diagrams: number;
  /** Smallest rendered font size of any diagram text, in screen px. */
  minFontPx: number;
  problems: string[];
}

export function measureLifecycle(): LifecycleProblems {
  type Box = { left: number; top: number; right: number; bottom: number };
  const problems: string[] = [];
  let minFontPx = Infinity;
  const box = (el: Element): Box => {
    const r = el.getBoundingClientRect();
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  };
  const overlap = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
  const inside = (inner: Box, outer: Box, slack = 0.5) =>
    inner.left >= outer.left - slack &&
    inner.right <= outer.right + slack &&
    inner.top >= outer.top - slack &&
    inner.bottom <= outer.bottom + slack;
  const contains = (b: Box, x: number, y: number) => x > b.left && x < b.right && y > b.top && y < b.bottom;
  const visible = (el: Element) => {
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0 && getComputedStyle(el).visibility !== 'hidden';
  };

  const figures = [...document.querySelectorAll('figure.lifecycle')].filter(visible);
  for (const [f, figure] of figures.entries()) {
    const name = `diagram ${f + 1}`;
    const svg = figure.querySelector('svg')!;
    const slide = figure.closest('.slidev-page') ?? document.documentElement;
    const svgBox = box(svg);
    if (!inside(box(figure), box(slide))) problems.push(`${name}: leaves the slide`);

    const labels = [...svg.querySelectorAll('.transition')].map((g) => ({
      key: g.getAttribute('data-edge')!,
      box: box(g.querySelector('text')!),
    }));
    // A live diagram's caption sits inside the drawing's area: it must keep clear like a label.
    const caption = figure.querySelector('figcaption');
    if (caption && getComputedStyle(caption).position === 'absolute') labels.push({ key: 'caption', box: box(caption) });
    const nodes = [...svg.querySelectorAll('.node')].map((g) => ({
      id: g.getAttribute('data-node')!,
      rect: box(g.querySelector('rect')!),
      text: box(g.querySelector('text')!),
    }));

    for (const text of svg.querySelectorAll('text')) {
      const ctm = (text as SVGTextElement).getScreenCTM()!;
      const size = Number.parseFloat(getComputedStyle(text).fontSize) * Math.hypot(ctm.a, ctm.b);
      minFontPx = Math.min(minFontPx, size);
      if (!inside(box(text), svgBox)) problems.push(`${name}: "${text.textContent}" leaves the diagram`);
    }
    for (const n of nodes) {
      if (!inside(n.text, n.rect)) problems.push(`${name}: "${n.id}" text spills out of its box`);
    }
    for (const [i, a] of labels.entries()) {
      for (const b of labels.slice(i + 1)) {
        if (overlap(a.box, b.box)) problems.push(`${name}: labels ${a.key} and ${b.key} overlap`);
      }
      for (const n of nodes) {
        if (overlap(a.box, n.rect)) problems.push(`${name}: label ${a.key} overlaps node ${n.id}`);
      }
    }
    for (const g of svg.querySelectorAll('.transition')) {
      const key = g.getAttribute('data-edge')!;
      const [from, to] = key.split('-');
      const path = g.querySelector('path') as SVGPathElement;
      const ctm = path.getScreenCTM()!;
      const length = path.getTotalLength();
      for (let s = 0; s <= length; s += 1) {
        const p = path.getPointAtLength(s);
        const x = ctm.a * p.x + ctm.c * p.y + ctm.e;
        const y = ctm.b * p.x + ctm.d * p.y + ctm.f;
        const label = labels.find((l) => contains(l.box, x, y));
        if (label) {
          problems.push(`${name}: arrow ${key} crosses label ${label.key}`);
          break;
        }
        const node = nodes.find((n) => n.id !== from && n.id !== to && contains(n.rect, x, y));
        if (node) {
          problems.push(`${name}: arrow ${key} crosses node ${node.id}`);
          break;
        }
      }
    }
  }
  return { diagrams: figures.length, minFontPx, problems };
}

/** The function as a script for page.evaluate; esbuild (tsx, vitest) may wrap named functions in
 * a `__name` helper that the page does not have, so the script brings its own. */
export const MEASURE_LIFECYCLE = `(() => { const __name = (f) => f; return (${measureLifecycle.toString()})() })()`;

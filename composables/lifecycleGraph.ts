// The container lifecycle as the engine plays it: the states a container moves between and the
// docker commands that move it (test/deck/lifecycle-graph.test.ts replays every command from
// every state on engine/index.ts's createHost and checks this list against what happens), laid
// out by dagre (a layered graph layout) so no label sits on another label or on an arrow.
//
// Docker has three more states (restarting, removing, dead: moby api/types/container/state.go);
// no command of the talk reaches them (the engine records restart policies but never acts on
// them), so the diagram leaves them out and the slide's table names them.

import dagre from '@dagrejs/dagre';
import type { ContainerState } from '../engine/index';

/** The commands that change a container's state; `exit` is its main process ending by itself. */
export type LifecycleCommand = 'create' | 'start' | 'stop' | 'kill' | 'pause' | 'unpause' | 'restart' | 'rm' | 'exit';

export type LifecycleNodeId = 'image' | 'created' | 'running' | 'paused' | 'exited' | 'gone';

export interface Transition {
  from: LifecycleNodeId;
  to: LifecycleNodeId;
  commands: LifecycleCommand[];
}

/** The states the diagram draws, each with one line saying what it means (shown as a tooltip). */
export const STATE_HINTS: Partial<Record<ContainerState, string>> = {
  created: 'writable layer made, process not started',
  running: 'its main process is running',
  paused: 'processes frozen',
  exited: 'process ended; the writable layer stays',
};

export const TRANSITIONS: Transition[] = [
  { from: 'image', to: 'created', commands: ['create'] },
  { from: 'created', to: 'running', commands: ['start', 'restart'] },
  { from: 'running', to: 'paused', commands: ['pause'] },
  { from: 'paused', to: 'running', commands: ['unpause', 'restart'] },
  { from: 'running', to: 'exited', commands: ['stop', 'kill', 'exit'] },
  { from: 'paused', to: 'exited', commands: ['stop', 'kill'] },
  { from: 'exited', to: 'running', commands: ['start', 'restart'] },
  { from: 'created', to: 'gone', commands: ['rm'] },
  { from: 'exited', to: 'gone', commands: ['rm'] },
];

const NODE_TEXT: Record<LifecycleNodeId, string> = {
  image: 'image\n(read-only)',
  created: 'created',
  running: 'running',
  paused: 'paused',
  exited: 'exited',
  gone: 'removed',
};

export function transitionLabel(t: Transition): string {
  return t.commands.join(' · ');
}

/** The label as printed: one command a line, so the gaps between the ranks stay narrow. */
export function labelLines(t: Transition): string[] {
  return [...t.commands];
}

/**
 * Font sizes in CSS px of the slide canvas (980 px wide; a 1280×720 window scales it by 1.31):
 * 13 px labels are 17 px on that screen, above the 16 px a room needs. The diagram's text is set
 * in the deck's monospace font, so its width can be known here without a browser.
 */
export const FONT = { node: 14, label: 13, charWidth: 0.62, lineHeight: 1.3 } as const;

export interface LaidOutNode {
  id: LifecycleNodeId;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface LaidOutEdge {
  key: string;
  from: LifecycleNodeId;
  to: LifecycleNodeId;
  label: string;
  /** Polyline from the source box's edge to the target box's edge. */
  points: { x: number; y: number }[];
  /** Centre of the label; dagre gives it a place of its own between the ranks. */
  labelX: number;
  labelY: number;
}

export interface LifecycleLayout {
  width: number;
  height: number;
  nodes: LaidOutNode[];
  edges: LaidOutEdge[];
}

function textWidth(lines: string[], size: number): number {
  return Math.ceil(Math.max(...lines.map((l) => l.length)) * size * FONT.charWidth);
}

function textHeight(lines: string[], size: number): number {
  return Math.round(lines.length * size * FONT.lineHeight);
}

type Point = { x: number; y: number };

/**
 * dagre bends an edge at the point beside its label, so the segments into that bend run
 * diagonally past the label's corners. Running the edge straight along the whole label instead
 * (two points, one at each end of the label's column) keeps the text clear of its own arrow.
 */
function alongLabel(points: Point[], labelX: number, labelWidth: number): Point[] {
  const i = points.findIndex((p, k) => k > 0 && k < points.length - 1 && Math.abs(p.x - labelX) < 0.5);
  if (i < 0) return points;
  const p = points[i]!;
  const dir = Math.sign(points[points.length - 1]!.x - points[0]!.x) || 1;
  const half = labelWidth / 2;
  return [...points.slice(0, i), { x: p.x - dir * half, y: p.y }, { x: p.x + dir * half, y: p.y }, ...points.slice(i + 1)];
}

/** Lays the graph out once; the result depends only on the lists above. */
export function layoutLifecycle(): LifecycleLayout {
  const g = new dagre.graphlib.Graph<Record<string, unknown>, Record<string, unknown>, Record<string, unknown>>();
  // Left to right: the diagram sits under a full-width terminal or above a table, where a slide
  // has width to spare and little height.
  g.setGraph({ rankdir: 'LR', nodesep: 14, edgesep: 10, ranksep: 10, marginx: 2, marginy: 2 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const id of Object.keys(NODE_TEXT) as LifecycleNodeId[]) {
    const lines = NODE_TEXT[id].split('\n');
    g.setNode(id, { width: textWidth(lines, FONT.node) + 22, height: textHeight(lines, FONT.node) + 12 });
  }
  for (const t of TRANSITIONS) {
    const lines = labelLines(t);
    // Labels get a margin of their own so an arrow passing by keeps clear of the text.
    g.setEdge(t.from, t.to, {
      width: textWidth(lines, FONT.label) + 10,
      height: textHeight(lines, FONT.label) + 6,
      labelpos: 'r',
      labeloffset: 4,
    });
  }
  dagre.layout(g);

  const nodes = (Object.keys(NODE_TEXT) as LifecycleNodeId[]).map((id) => {
    const n = g.node(id) as { x: number; y: number; width: number; height: number };
    return { id, text: NODE_TEXT[id], x: n.x, y: n.y, width: n.width, height: n.height };
  });
  const edges = TRANSITIONS.map((t) => {
    const e = g.edge(t.from, t.to) as { points: Point[]; x: number; y: number; width: number };
    return {
      key: `${t.from}-${t.to}`,
      from: t.from,
      to: t.to,
      label: transitionLabel(t),
      points: alongLabel(e.points, e.x, e.width),
      labelX: e.x,
      labelY: e.y,
    };
  });
  const graph = g.graph() as { width: number; height: number };
  return { width: Math.ceil(graph.width), height: Math.ceil(graph.height), nodes, edges };
}

/** An SVG path through dagre's points: straight segments, which keep clear of the labels dagre
 * made room for (a smoothed curve can swing into them). */
export function edgePath(points: { x: number; y: number }[]): string {
  return points.map((p, i) => `${i ? 'L' : 'M'}${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');
}

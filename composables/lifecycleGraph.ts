// Docker's container states (moby's state.go) and the commands that move a container between
// them, laid out for LifecycleDiagram's SVG (box centres in its 660×330 viewBox).

import type { ContainerState } from '../engine/types';

export interface StateNode {
  state: ContainerState;
  x: number;
  y: number;
  /** One line saying what the state means. */
  hint: string;
}

export interface Transition {
  from: ContainerState | 'image';
  to: ContainerState | 'gone';
  label: string;
}

export const NODES: StateNode[] = [
  { state: 'created', x: 110, y: 110, hint: 'writable layer made, process not started' },
  { state: 'running', x: 330, y: 110, hint: 'its main process is running' },
  { state: 'paused', x: 550, y: 110, hint: 'processes frozen' },
  { state: 'restarting', x: 550, y: 210, hint: 'restart policy is starting it again' },
  { state: 'exited', x: 330, y: 210, hint: 'process ended; the writable layer stays' },
  { state: 'removing', x: 110, y: 210, hint: 'docker rm in progress' },
  { state: 'dead', x: 110, y: 295, hint: 'removal failed halfway' },
];

export const IMAGE_NODE = { x: 110, y: 30 };
export const GONE_NODE = { x: 330, y: 295 };

export const TRANSITIONS: Transition[] = [
  { from: 'image', to: 'created', label: 'docker create' },
  { from: 'created', to: 'running', label: 'start' },
  { from: 'running', to: 'paused', label: 'pause' },
  { from: 'paused', to: 'running', label: 'unpause' },
  { from: 'running', to: 'exited', label: 'stop · kill · exit' },
  { from: 'exited', to: 'running', label: 'start · restart' },
  { from: 'running', to: 'restarting', label: 'exit + restart policy' },
  { from: 'restarting', to: 'running', label: '' },
  { from: 'exited', to: 'removing', label: 'rm' },
  { from: 'created', to: 'removing', label: 'rm' },
  { from: 'removing', to: 'gone', label: '' },
  { from: 'removing', to: 'dead', label: '' },
];

export function nodeOf(state: ContainerState | 'image' | 'gone'): { x: number; y: number } {
  if (state === 'image') return IMAGE_NODE;
  if (state === 'gone') return GONE_NODE;
  return NODES.find((n) => n.state === state)!;
}

export const BOX = { width: 130, height: 40 };

/**
 * The arrow for a transition: from box edge to box edge, shifted sideways when the reverse
 * transition exists too, so both arrows stay visible.
 */
export function arrow(t: Transition): { x1: number; y1: number; x2: number; y2: number; lx: number; ly: number } {
  const a = nodeOf(t.from);
  const b = nodeOf(t.to);
  const dx = b.x - a.x;
  const dy = b.y - a.y;
  const length = Math.hypot(dx, dy) || 1;
  const twoWay = TRANSITIONS.some((o) => o.from === t.to && o.to === t.from);
  const shift = twoWay ? 7 : 0;
  const ox = (-dy / length) * shift;
  const oy = (dx / length) * shift;
  // How far along the centre line the box edge is (the line leaves a 130×40 box).
  const edge = Math.min(
    dx === 0 ? Infinity : BOX.width / 2 / Math.abs(dx),
    dy === 0 ? Infinity : BOX.height / 2 / Math.abs(dy),
  );
  const gap = 4 / length;
  const t1 = edge + gap;
  const t2 = 1 - edge - gap;
  return {
    x1: a.x + dx * t1 + ox,
    y1: a.y + dy * t1 + oy,
    x2: a.x + dx * t2 + ox,
    y2: a.y + dy * t2 + oy,
    lx: (a.x + b.x) / 2 + ox * 2.2,
    ly: (a.y + b.y) / 2 + oy * 2.2 - (dy === 0 ? 4 : 0),
  };
}

import dagre from '@dagrejs/dagre';
import { machineGraph, shortEvent } from '../../core/workbench/machines';
import type { MachineGraph, MachineKind } from '../../core/workbench/machines';

export { shortEvent };

export interface ChartNode {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  final: boolean;
  initial: boolean;
}

export interface ChartEdge {
  key: string;
  source: string;
  target: string;
  events: string[];
  label: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface Chart {
  kind: MachineKind;
  states: string[];
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Events each state answers without leaving it. */
  selfLoops: Record<string, string[]>;
  /** Events the machine answers in every state (on its root); target null means it stays. */
  global: MachineGraph['global'];
  width: number;
  height: number;
}

const NODE_W = 128;
const NODE_H = 54;
const CHAR_W = 7.4;
/** How much wider a label grows when marked "last: "; the margin keeps a marked label in view. */
export const LAST_PAD = 6 * CHAR_W;

/** A machine's diagram, laid out by dagre: it comes from the machine, so it cannot drift. */
export function buildChart(kind: MachineKind = 'challenge'): Chart {
  const m = machineGraph(kind);
  const g = new dagre.graphlib.Graph();
  g.setGraph({
    rankdir: 'TB',
    nodesep: 16,
    ranksep: 50,
    edgesep: 6,
    marginx: 16 + LAST_PAD / 2,
    marginy: 16,
  });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of m.states) g.setNode(s, { width: NODE_W, height: NODE_H });
  for (const p of m.pairs) {
    const label = p.events.join(', ');
    g.setEdge(p.source, p.target, {
      key: `${p.source}->${p.target}`,
      label,
      width: label.length * CHAR_W + 8,
      height: 20,
      labelpos: 'c',
    });
  }
  dagre.layout(g);

  const nodes: ChartNode[] = m.states.map((id) => {
    const n = g.node(id);
    return {
      id,
      x: n.x,
      y: n.y,
      width: NODE_W,
      height: NODE_H,
      final: m.finals.includes(id),
      initial: m.initial === id,
    };
  });
  const edges: ChartEdge[] = m.pairs.map((p) => {
    const e = g.edge(p.source, p.target) as unknown as {
      points: { x: number; y: number }[];
      x: number;
      y: number;
      width: number;
      label: string;
    };
    return {
      key: `${p.source}->${p.target}`,
      source: p.source,
      target: p.target,
      events: p.events,
      label: e.label,
      points: e.points,
      labelX: e.x,
      labelY: e.y,
      labelWidth: e.width,
    };
  });
  const graph = g.graph();
  return {
    kind,
    states: m.states,
    nodes,
    edges,
    selfLoops: m.selfLoops,
    global: m.global,
    width: graph.width ?? 600,
    height: graph.height ?? 400,
  };
}

const charts = new Map<MachineKind, Chart>();

/** Each machine is laid out once per page. */
export function chartOf(kind: MachineKind): Chart {
  let chart = charts.get(kind);
  if (!chart) charts.set(kind, (chart = buildChart(kind)));
  return chart;
}

/** What the chart shows of one machine: its state, its last move, and whether it runs at all. */
export interface MachineView {
  current: string | null;
  last: { from: string | null; to: string } | null;
  /** Whether the current source runs this machine (otherwise it is drawn with nothing highlighted). */
  live: boolean;
  /** Not live because the run has not started one yet (no call has rung, no page is open). */
  notYet?: boolean;
}

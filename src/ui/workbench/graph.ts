import dagre from '@dagrejs/dagre';
import { toDirectedGraph } from 'xstate/graph';
import type { DirectedGraphNode } from 'xstate/graph';
import { CHALLENGE_STATES, createChallengeMachine, SeededRandom, SimulatedClock } from '../../core';
import type { ChallengeState } from '../../core';

export interface ChartNode {
  id: ChallengeState;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ChartEdge {
  key: string;
  source: ChallengeState;
  target: ChallengeState;
  events: string[];
  label: string;
  points: { x: number; y: number }[];
  labelX: number;
  labelY: number;
  labelWidth: number;
}

export interface Chart {
  nodes: ChartNode[];
  edges: ChartEdge[];
  /** Events each state answers without leaving it. */
  selfLoops: Record<ChallengeState, string[]>;
  /** Events the machine answers in every state (on its root). */
  global: string[];
  width: number;
  height: number;
}

const NODE_W = 128;
const NODE_H = 54;
const CHAR_W = 7.4;

/** A transition's event as a short label: "after codeLifetime", "done verify". */
export function shortEvent(type: string): string {
  const after = /^xstate\.after\.([^.]+)\./.exec(type);
  if (after) return `after ${after[1]}`;
  const done = /^xstate\.(done|error)\.actor\.(.+)$/.exec(type);
  if (done) return `${done[1]} ${done[2]}`;
  return type;
}

const stateOf = (id: string) => id.split('.').at(-1) as ChallengeState;

/** The challenge machine's diagram, laid out once: it comes from the machine, so it cannot drift. */
export function buildChart(): Chart {
  const machine = createChallengeMachine({
    clock: new SimulatedClock(0),
    random: new SeededRandom(1),
  });
  const root: DirectedGraphNode = toDirectedGraph(machine);
  const pairs = new Map<
    string,
    { source: ChallengeState; target: ChallengeState; events: string[] }
  >();
  const selfLoops = Object.fromEntries(CHALLENGE_STATES.map((s) => [s, [] as string[]])) as Record<
    ChallengeState,
    string[]
  >;
  const add = (list: string[], e: string) => {
    if (!list.includes(e)) list.push(e);
  };
  for (const child of root.children) {
    for (const edge of child.edges) {
      const source = stateOf(edge.source.id);
      const target = stateOf(edge.target.id);
      const event = shortEvent(edge.label.text);
      if (source === target) {
        add(selfLoops[source], event);
        continue;
      }
      const key = `${source}->${target}`;
      const pair = pairs.get(key) ?? { source, target, events: [] };
      add(pair.events, event);
      pairs.set(key, pair);
    }
  }
  const global = [...new Set(root.edges.map((e) => shortEvent(e.label.text)))];

  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: 'TB', nodesep: 16, ranksep: 50, edgesep: 6, marginx: 16, marginy: 16 });
  g.setDefaultEdgeLabel(() => ({}));
  for (const s of CHALLENGE_STATES) g.setNode(s, { width: NODE_W, height: NODE_H });
  for (const [key, p] of pairs) {
    const label = p.events.join(', ');
    g.setEdge(p.source, p.target, {
      key,
      label,
      width: label.length * CHAR_W + 8,
      height: 20,
      labelpos: 'c',
    });
  }
  dagre.layout(g);

  const nodes: ChartNode[] = CHALLENGE_STATES.map((id) => {
    const n = g.node(id);
    return { id, x: n.x, y: n.y, width: NODE_W, height: NODE_H };
  });
  const edges: ChartEdge[] = [...pairs].map(([key, p]) => {
    const e = g.edge(p.source, p.target) as unknown as {
      points: { x: number; y: number }[];
      x: number;
      y: number;
      width: number;
      label: string;
    };
    return {
      key,
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
    nodes,
    edges,
    selfLoops,
    global,
    width: graph.width ?? 600,
    height: graph.height ?? 400,
  };
}

import { toDirectedGraph } from 'xstate/graph';
import type { DirectedGraphNode } from 'xstate/graph';
import type { AnyStateMachine } from 'xstate';
import { createChallengeMachine } from '../challenge';
import { SimulatedClock } from '../clock';
import { SeededRandom } from '../random';
import { attackerMachine } from '../scam/attacker';
import { flowMachine } from '../scenario/flow';
import { callMachine, pageMachine } from '../scenario/lifecycles';

/**
 * The machines the workbench can draw: the OTP challenge, and every part of
 * a scenario run that has states: its flow (where the learner is), a scam's
 * attacker, a phone call and the look-alike page. The rest of a run (the
 * messages, replies, decisions, flags) is data, shown in the context panel.
 * Each graph is read from the machine definition itself, so the drawing
 * cannot drift from the code.
 */
export type MachineKind = 'challenge' | 'flow' | 'attacker' | 'call' | 'page';
export const MACHINE_KINDS: readonly MachineKind[] = [
  'challenge',
  'flow',
  'attacker',
  'call',
  'page',
];

/** Every transition between two different states, with the events that take it. */
export interface MachinePair {
  source: string;
  target: string;
  events: string[];
}

export interface MachineGraph {
  kind: MachineKind;
  /** Top-level states, in the order the machine defines them. */
  states: string[];
  initial: string;
  /** States the machine never leaves. */
  finals: string[];
  pairs: MachinePair[];
  /** Events each state answers without leaving it. */
  selfLoops: Record<string, string[]>;
  /** Events the machine answers in every state (on its root), with where each leads (null: stays). */
  global: { event: string; target: string | null }[];
}

/** A transition's event as a short label: "after codeLifetime", "done verify", "always enrols". */
export function shortEvent(type: string): string {
  const after = /^xstate\.after\.([^.]+)\./.exec(type);
  if (after) return `after ${after[1]}`;
  const done = /^xstate\.(done|error)\.actor\.(.+)$/.exec(type);
  if (done) return `${done[1]} ${done[2]}`;
  return type;
}

export function machineOf(kind: MachineKind): AnyStateMachine {
  if (kind === 'flow') return flowMachine;
  if (kind === 'attacker') return attackerMachine;
  if (kind === 'call') return callMachine;
  if (kind === 'page') return pageMachine;
  return createChallengeMachine({ clock: new SimulatedClock(0), random: new SeededRandom(1) });
}

const stateOf = (id: string) => id.split('.').at(-1) as string;

/** A guard's name, for an eventless ("always") transition's label. */
function guardName(guard: unknown): string | null {
  if (typeof guard === 'string') return guard;
  if (guard && typeof guard === 'object' && 'type' in guard) return String(guard.type);
  return null;
}

/**
 * A machine's top-level states and transitions. `toDirectedGraph` gives the
 * evented and delayed ones; eventless ("always") transitions it leaves out,
 * so they are read from each state node and labelled with their guard.
 */
export function machineGraph(kind: MachineKind): MachineGraph {
  const machine = machineOf(kind);
  const root: DirectedGraphNode = toDirectedGraph(machine);
  const states = Object.keys(machine.root.states);
  const pairs = new Map<string, MachinePair>();
  const selfLoops = Object.fromEntries(states.map((s) => [s, [] as string[]]));
  const add = (list: string[], e: string) => {
    if (!list.includes(e)) list.push(e);
  };
  const link = (source: string, target: string, event: string) => {
    if (source === target) return add(selfLoops[source]!, event);
    const key = `${source}->${target}`;
    const pair = pairs.get(key) ?? { source, target, events: [] };
    add(pair.events, event);
    pairs.set(key, pair);
  };
  for (const child of root.children) {
    for (const edge of child.edges) {
      link(stateOf(edge.source.id), stateOf(edge.target.id), shortEvent(edge.label.text));
    }
    for (const t of child.stateNode.always ?? []) {
      const guard = guardName(t.guard);
      const event = guard ? `always ${guard}` : 'always';
      for (const target of t.target ?? [child.stateNode]) {
        link(stateOf(child.stateNode.id), stateOf(target.id), event);
      }
    }
  }
  const global: MachineGraph['global'] = [];
  for (const e of root.edges) {
    const event = shortEvent(e.label.text);
    const target = e.target === machine.root ? null : stateOf(e.target.id);
    if (!global.some((g) => g.event === event && g.target === target)) {
      global.push({ event, target });
    }
  }
  return {
    kind,
    states,
    initial: String(machine.root.initial?.target[0]?.key ?? states[0]),
    finals: states.filter((s) => machine.root.states[s]!.type === 'final'),
    pairs: [...pairs.values()],
    selfLoops,
    global,
  };
}

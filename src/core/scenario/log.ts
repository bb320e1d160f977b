import type { InspectionEvent } from 'xstate';

/**
 * One transition of the run's own machines (the learner's flow, the
 * attacker, a phone call, the look-alike page) or one thing the learner
 * did; the shop's challenges keep their own audit log. `actor` is what the
 * workbench filters by.
 */
export interface RunLogEntry {
  seq: number;
  at: number;
  actor: 'flow' | 'attacker' | 'call' | 'page' | 'learner';
  event: string;
  from: string | null;
  to: string;
}

/** The run's own log (`ScenarioRun.log`): rows are only ever added, numbered from 1. */
export class RunLog {
  readonly entries: RunLogEntry[] = [];
  private seq = 0;
  private lastValue: Record<string, string> = {};

  constructor(private readonly clock: { now(): number }) {}

  /** Logs each transition of the flow and attacker machines, with the event that caused it. */
  inspect(actor: 'flow' | 'attacker', e: InspectionEvent): void {
    if (e.type !== '@xstate.snapshot') return;
    const snap = e.snapshot as { value?: unknown };
    if (typeof snap.value !== 'string') return;
    const from = this.lastValue[actor] ?? null;
    if (from === snap.value && !e.event.type.startsWith('xstate.after')) return;
    this.lastValue[actor] = snap.value;
    this.entries.push({
      seq: ++this.seq,
      at: this.clock.now(),
      actor,
      event: eventName(e.event.type),
      from,
      to: snap.value,
    });
  }

  /**
   * Logs a move of a call or the look-alike page (lifecycles.ts): the run
   * keeps their state as data, so it logs each move as it makes it.
   */
  move(actor: 'call' | 'page', event: string, from: string | null, to: string): void {
    this.entries.push({ seq: ++this.seq, at: this.clock.now(), actor, event, from, to });
  }

  /**
   * Logs something the learner did that no machine models (marks, links,
   * handing over); `step` is where the learner's flow is.
   */
  note(event: string, step: string): void {
    this.entries.push({
      seq: ++this.seq,
      at: this.clock.now(),
      actor: 'learner',
      event,
      from: null,
      to: step,
    });
  }
}

/** `xstate.after.patience.attacker.waiting` reads as `after patience`. */
function eventName(type: string): string {
  const timer = /^xstate\.after\.([^.]+)\./.exec(type);
  if (timer) return `after ${timer[1]}`;
  return type === 'xstate.init' ? 'start' : type;
}

import { preset } from '../policy';
import type { PresetId } from '../policy';
import { ScenarioRun } from '../scenario/run';
import type { Arrival } from '../scenario/state';
import type { Scenario } from '../scenario/types';
import { mergeByTime } from '../timeline';
import type { ShareVia, Trigger } from './types';
import { playDemo, playStep } from './demo';
import type { DemoStep, Ending } from './types';

export interface DemoSettings {
  policy: PresetId;
  seed: number;
  ending: Ending;
}

/**
 * A scam demo stepped beat by beat, as presenter mode and the split view
 * show it. `beat` counts the demo steps played. Going back replays the run
 * from the start to the earlier beat with the same seed and policy, so any
 * beat looks the same however it was reached (and a share link reproduces it).
 */
export class DemoSession {
  readonly steps: readonly DemoStep[];
  #run: ScenarioRun;
  #beat = 0;
  #listeners = new Set<() => void>();
  #unsubscribe: () => void;

  constructor(
    readonly scenario: Scenario,
    readonly settings: DemoSettings,
    beat = 0,
  ) {
    const steps = scenario.demo?.[settings.ending];
    if (!steps) throw new Error(`DemoSession: scenario ${scenario.id} has no demo`);
    this.steps = steps;
    this.#run = this.#fresh();
    this.#unsubscribe = this.#run.subscribe(() => this.#emit());
    this.goTo(beat);
  }

  get run(): ScenarioRun {
    return this.#run;
  }

  /** How many steps have been played. */
  get beat(): number {
    return this.#beat;
  }

  /** The step just played (its caption is on screen), or null before the first. */
  get current(): DemoStep | null {
    return this.steps[this.#beat - 1] ?? null;
  }

  get next(): DemoStep | null {
    return this.steps[this.#beat] ?? null;
  }

  get atEnd(): boolean {
    return this.#beat >= this.steps.length;
  }

  /** Simulated ms since the run started: with `beat`, where the demo is (see `sync`). */
  get at(): number {
    return this.#run.clock.now() - this.#run.state.startedAt;
  }

  /**
   * Brings this session to another one's place: `beat` steps played and the
   * clock `at` ms after the start (the audience window follows the
   * presenter's this way). It never plays a step the other has not, and
   * replays from the start only when it is ahead or on another beat.
   */
  sync(beat: number, at: number): void {
    if (beat !== this.#beat || this.at > at) this.goTo(beat);
    const step = this.next;
    const untilStep = step ? step.at - this.at : Infinity;
    const ms = Math.min(at - this.at, untilStep - 1);
    if (ms > 0) this.#run.advance(Math.floor(ms));
  }

  /** Plays the next step; false at the end. */
  forward(): boolean {
    const step = this.next;
    if (!step) return false;
    playStep(this.#run, step);
    this.#beat += 1;
    this.#emit();
    return true;
  }

  /** Back one step: replays from the start; false at the start. */
  back(): boolean {
    if (this.#beat === 0) return false;
    this.goTo(this.#beat - 1);
    return true;
  }

  reset(): void {
    this.goTo(0);
  }

  /** A fresh run with `beat` steps played (clamped to the demo). */
  goTo(beat: number): void {
    const target = Math.max(0, Math.min(Math.trunc(beat) || 0, this.steps.length));
    this.#unsubscribe();
    this.#run.stop();
    this.#run = this.#fresh();
    playDemo(this.#run, this.steps, target);
    this.#beat = target;
    this.#unsubscribe = this.#run.subscribe(() => this.#emit());
    this.#emit();
  }

  /**
   * Auto-play: moves the clock up to `ms` toward the next step, and plays
   * it on reaching its moment. The clock never passes a step's moment
   * before the step is played, so auto-play reaches exactly the same
   * states as stepping by hand. Returns false once the demo is over.
   */
  advance(ms: number): boolean {
    const step = this.next;
    if (!step) return false;
    const due = this.#run.state.startedAt + step.at;
    const left = due - this.#run.clock.now();
    if (left > ms) {
      this.#run.advance(Math.max(0, Math.floor(ms)));
      return true;
    }
    this.forward();
    return !this.atEnd;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  dispose(): void {
    this.#unsubscribe();
    this.#run.stop();
    this.#listeners.clear();
  }

  #fresh(): ScenarioRun {
    return new ScenarioRun(this.scenario, {
      policy: preset(this.settings.policy),
      seed: this.settings.seed,
    });
  }

  #emit(): void {
    for (const l of this.#listeners) l();
  }
}

/** Why something in the split view's log happened, and when that cause was. */
export type CauseKind =
  /** The attacker started the real flow (signed in, checked out; the parcel left the depot). */
  | Trigger
  /** The script's clock: the attacker acts at a planned moment. */
  | 'script'
  /** The target typed the real password into the look-alike page. */
  | 'phished-password'
  /** The shop issued the code this message carries. */
  | 'issued'
  /** The target handed the code over. */
  | `shared-${ShareVia}`
  /** The attacker typed the handed-over code into the real shop. */
  | 'relayed'
  /** The attacker got in. */
  | 'inside'
  /** The target told the shop (called the official number, reported it). */
  | 'reported'
  /** A wait that started then ran out (code lifetime, resend wait, the attacker's patience). */
  | 'timer';

export interface LogCause {
  kind: CauseKind;
  at: number;
}

/** One line of the split view's log: who did what, when, and because of what. */
export interface CausedEntry {
  at: number;
  /** The shop's audit log (its challenges), the attacker's console, or the target. */
  source: 'shop' | 'attacker' | 'target';
  /** The audit entry's or run log's event; for the shop, its outcome (issued, delivered, accepted…). */
  what: string;
  /** The state it led to (audit `to`, machine state). */
  to: string;
  cause: LogCause | null;
}

/**
 * The run as the split view tells it: the shop's audit entries (every
 * challenge), the attacker's transitions and what the target did, in time
 * order, each linked to what caused it.
 */
export function causedLog(run: ScenarioRun): CausedEntry[] {
  const shop: CausedEntry[] = [];
  const out: CausedEntry[] = [];
  const log = run.log;
  const script = run.scenario.attacker;
  // What the target handed over is in the run's decisions, with how it went.
  const shares = run.state.decisions.filter((d) => d.id === 'share-code');
  const phished = run.state.decisions.find((d) => d.id === 'page-password');
  const foils = run.state.decisions.filter((d) =>
    run.scenario.decisions.some(
      (x) => x.id === d.id && x.choices.some((c) => c.id === d.choice && c.foils),
    ),
  );
  const lastBefore = <T extends { at: number }>(list: readonly T[], at: number) =>
    list.filter((x) => x.at <= at).at(-1) ?? null;
  const shareCause = (at: number): LogCause | null => {
    const s = lastBefore(shares, at);
    if (!s) return null;
    return { kind: `shared-${s.choice as ShareVia}`, at: s.at };
  };
  const attacker = run.state.attacker;
  const startedAt = attacker?.startedAt ?? null;
  const sent = run.state.arrivals.find((a) => a.cause)?.cause ?? null;
  const arrivalCause: LogCause | null = sent ? { kind: sent.trigger, at: sent.at } : null;

  // The attacker's challenge: the genuine code their action made the shop send.
  const shopLog = run.attackerSnapshot?.context.log ?? [];
  let issuedAt: number | null = null;
  let relayedAt: number | null = null;
  for (const e of shopLog) {
    let cause: LogCause | null = null;
    if (e.outcome === 'issued') {
      issuedAt = e.at;
      cause =
        arrivalCause ??
        (startedAt !== null && script ? { kind: script.trigger, at: startedAt } : null);
    } else if (e.event === 'otp.deliver' && issuedAt !== null) {
      cause = { kind: 'issued', at: issuedAt };
    } else if (e.event === 'SUBMIT') {
      relayedAt = e.at;
      cause = shareCause(e.at);
    } else if (e.event === 'CANCEL') {
      const f = lastBefore(foils, e.at);
      cause = f ? { kind: 'reported', at: f.at } : null;
    } else if (e.event.startsWith('otp.') || e.event.startsWith('xstate.after')) {
      cause = issuedAt !== null ? { kind: 'timer', at: issuedAt } : null;
    }
    shop.push({ at: e.at, source: 'shop', what: e.outcome, to: e.to, cause });
  }

  for (const e of log) {
    if (e.actor === 'flow') continue;
    if (e.actor === 'learner') {
      out.push({ at: e.at, source: 'target', what: e.event, to: e.to, cause: null });
      continue;
    }
    if (e.event === 'start') continue;
    let cause: LogCause | null = null;
    if (e.event === 'START') {
      cause =
        script?.startsAt === 'on-phished-password' && phished
          ? { kind: 'phished-password', at: phished.at }
          : { kind: 'script', at: run.state.startedAt };
    } else if (e.event === 'CODE') {
      cause = shareCause(e.at);
    } else if (e.event === 'ACCEPTED' || e.event === 'REJECTED') {
      cause = relayedAt !== null ? { kind: 'relayed', at: relayedAt } : null;
    } else if (e.event === 'after nextLoot') {
      cause = attacker?.insideAt != null ? { kind: 'inside', at: attacker.insideAt } : null;
    } else if (e.event === 'CLOSED') {
      const f = lastBefore(foils, e.at);
      cause = f
        ? { kind: 'reported', at: f.at }
        : issuedAt !== null
          ? { kind: 'timer', at: issuedAt }
          : null;
    } else if (e.event === 'after relay') {
      cause = shareCause(e.at);
    } else if (e.event.startsWith('after ')) {
      const at = lastBefore(shares, e.at)?.at ?? startedAt;
      cause = at !== null ? { kind: 'timer', at } : null;
    }
    out.push({ at: e.at, source: 'attacker', what: e.event, to: e.to, cause });
  }
  return mergeByTime([shop, out], rank);
}

/** One row of the split view's audit log: a caused entry, or a message reaching the phone. */
export type SplitRow =
  | { kind: 'log'; at: number; entry: CausedEntry }
  | { kind: 'arrival'; at: number; arrival: Arrival };

/**
 * The split view's audit log: `causedLog` and what reached the phone, in
 * one time line. At one moment a message shows after the shop's
 * "delivered" that sent it, and that after everything else.
 */
export function splitLog(run: ScenarioRun): SplitRow[] {
  const log = causedLog(run).map((entry): SplitRow => ({ kind: 'log', at: entry.at, entry }));
  const arrivals = run.state.arrivals.map((arrival): SplitRow => ({
    kind: 'arrival',
    at: arrival.at,
    arrival,
  }));
  return mergeByTime([log, arrivals], (r) =>
    r.kind === 'arrival' ? 2 : r.entry.source === 'shop' && r.entry.what === 'delivered' ? 1 : 0,
  );
}

/** At one moment: the target acts, the attacker reacts, the shop answers, the attacker hears back. */
function rank(e: CausedEntry): number {
  if (e.source === 'target') return 0;
  if (e.source === 'shop') return 2;
  return ['ACCEPTED', 'REJECTED', 'CLOSED'].includes(e.what) ? 3 : 1;
}

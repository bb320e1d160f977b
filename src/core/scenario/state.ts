import type { ChallengeRuntime, Delivery } from '../challenge';
import type { SimulatedClock } from '../clock';
import type { Policy } from '../policy';
import type { AttackerContext, AttackerState } from '../scam/attacker';
import type { RedFlag } from '../scam/flags';
import type { Trigger } from '../scam/types';
import type { CallStatus, PageStep } from './lifecycles';
import type { RunLog } from './log';
import type { Scenario } from './types';

/*
 * A scenario run's state, as plain JSON (`ScenarioRun.state`), and the one
 * store every part of the run writes it through, so that each change is
 * one new state object and one call of the listeners.
 */

/** Where the learner is in the shop's flow: the flow machine's state (see flow.ts). */
export type RunStep = 'enrol' | 'password' | 'code' | 'decide' | 'done' | 'stopped';

/** Why a genuine code was sent, when someone other than the learner started it. */
export interface Cause {
  trigger: Trigger;
  at: number;
}

/** A phone call: it rings until answered or declined, and ends with a hang-up. */
export interface Call {
  beat: string;
  from: string;
  at: number;
  /** Its state in `callMachine` (lifecycles.ts). */
  status: CallStatus;
}

/** What the phone or inbox shows. A lost message never appears. */
export interface Arrival {
  id: string;
  at: number;
  kind: 'sms' | 'email' | 'notice';
  folder: 'messages' | 'inbox' | 'spam';
  from: string;
  /** A code message (text in `delivery.body`) or a scenario beat (text key). */
  delivery: Delivery | null;
  beat: string | null;
  read: boolean;
  /** Set on a genuine code the attacker's action made the shop send. */
  cause: Cause | null;
}

/** A text the learner sent back to a sender; `code` is the code it held, handed over. */
export interface Reply {
  to: string;
  text: string;
  at: number;
  code: string | null;
}

/** The look-alike page a scam link opens on the phone, and what was typed into it. */
export interface PageState {
  /** Its state in `pageMachine` (lifecycles.ts). */
  step: PageStep;
  /** The link was followed at this time. */
  at: number;
}

/** What the attacker's console shows: their state, tries, and what they took. */
export interface AttackerView {
  state: AttackerState;
  startedAt: number | null;
  tries: AttackerContext['tries'];
  insideAt: number | null;
  taken: AttackerContext['taken'];
  gaveUp: AttackerContext['gaveUp'];
  /**
   * Whether they hold the password: always, except before a look-alike
   * page captures it, and never for a delivery scam (only the code matters).
   */
  hasPassword: boolean;
}

/** One decision made, by the learner's choice or by handing something over. */
export interface DecisionMade {
  id: string;
  choice: string;
  at: number;
  safe: boolean;
}

export interface RunState {
  step: RunStep;
  /** Why the last password attempt failed, if it did. */
  passwordError: 'wrong-password' | 'empty' | null;
  /** Why the last enrolment check failed, if it did. */
  enrolError: 'wrong-code' | null;
  trustedDevice: boolean;
  arrivals: Arrival[];
  /** The latest call, if any. */
  call: Call | null;
  decisions: DecisionMade[];
  /** Red flags the learner marked, by item (arrival id, `call-<beat>`, `page`). */
  marks: Record<string, RedFlag[]>;
  /** Texts the learner sent back, oldest first, with the code found in each (if any). */
  replies: Reply[];
  /** The look-alike page, once its link is followed. */
  page: PageState | null;
  /** The attacker, in scam scenarios. */
  attacker: AttackerView | null;
  /** Challenges of this run, oldest first (a new one after "start again"). */
  challenges: number;
  /** How far the phone's clock is off (the authenticator app uses it). */
  phoneDriftMs: number;
  startedAt: number;
  endedAt: number | null;
}

/** Holds the run's state: each `update` makes a new state object and tells every listener. */
export class RunStore {
  private listeners = new Set<() => void>();

  constructor(private current: RunState) {}

  get state(): RunState {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  update(patch: Partial<RunState>): void {
    this.current = { ...this.current, ...patch };
    this.emit();
  }

  /** Tells the listeners something changed that the state does not hold (a clock tick, a log row). */
  emit(): void {
    for (const l of this.listeners) l();
  }
}

/** What every part of a run shares: its scenario, clock, policy, randomness, state and log. */
export interface RunContext {
  readonly scenario: Scenario;
  readonly clock: SimulatedClock;
  readonly policy: Policy;
  readonly runtime: ChallengeRuntime;
  readonly store: RunStore;
  readonly log: RunLog;
  /** Logs something the learner did (`RunLog.note`) and tells the listeners at once. */
  note(event: string): void;
}

/** A run's state before anything happens: at `startedAt`, on a device the shop may remember. */
export function initialState(startedAt: number, trustedDevice: boolean): RunState {
  return {
    step: 'password',
    passwordError: null,
    enrolError: null,
    trustedDevice,
    arrivals: [],
    call: null,
    decisions: [],
    marks: {},
    replies: [],
    page: null,
    attacker: null,
    challenges: 0,
    phoneDriftMs: 0,
    startedAt,
    endedAt: null,
  };
}

import { startChallenge } from '../challenge';
import type { AuditEntry, ChallengeActor, ChallengeRuntime, Delivery } from '../challenge';
import { SimulatedClock } from '../clock';
import { base32Decode } from '../otp/base32';
import { totp, verifyTotp } from '../otp/totp';
import { policyRules, preset } from '../policy';
import type { Policy, RuleCheck, RuleId } from '../policy';
import type { RandomSource } from '../random';
import { SeededRandom } from '../random';
import { LEARNER, SIM_EPOCH } from '../world';
import type { Beat, Scenario } from './types';

/** The learner's password in every scenario: printed on the scenario card. */
export const LEARNER_PASSWORD = 'lark-meadow-42';

/** Where the learner is in the shop's flow. */
export type RunStep = 'enrol' | 'password' | 'code' | 'decide' | 'done' | 'stopped';

/** A phone call: it rings until answered or declined, and ends with a hang-up. */
export interface Call {
  beat: string;
  from: string;
  at: number;
  status: 'ringing' | 'answered' | 'declined' | 'ended';
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
  decisions: { id: string; choice: string; at: number; safe: boolean }[];
  /** Challenges of this run, oldest first (a new one after "start again"). */
  challenges: number;
  /** How far the phone's clock is off (the authenticator app uses it). */
  phoneDriftMs: number;
  startedAt: number;
  endedAt: number | null;
}

export type RunOutcome =
  'completed' | 'safe' | 'compromised' | 'locked-out' | 'gave-up' | 'unfinished';

export interface Debrief {
  outcome: RunOutcome;
  /** Every audit entry of every challenge in this run, in order. */
  timeline: AuditEntry[];
  /** Rules that visibly did their job in this run. */
  protectedBy: RuleId[];
  /** The scenario's rules, each with whether the run's policy meets it, and its source. */
  rules: RuleCheck[];
  /** Every standard the rules cite, once each. */
  standards: string[];
  wrongCodes: number;
  resends: number;
  unsafeChoices: string[];
  /** 0–100: see `score()` for how it is made up. */
  score: number;
}

export interface RunOptions {
  policy?: Policy;
  seed?: number;
  random?: RandomSource;
  /** Remembered from an earlier sign-in on this device. */
  trustedDevice?: boolean;
}

/**
 * One play of a scenario: the shop's flow, the challenge(s) it starts, the
 * phone and inbox, the learner's choices and the clock, all headless. The
 * UI observes it with `subscribe` and calls its methods; tests do the same.
 */
export class ScenarioRun {
  readonly clock: SimulatedClock;
  readonly policy: Policy;
  private runtime: ChallengeRuntime;
  private actor: ChallengeActor | null = null;
  private logs: AuditEntry[][] = [];
  private listeners = new Set<() => void>();
  private current: RunState;

  constructor(
    readonly scenario: Scenario,
    options: RunOptions = {},
  ) {
    this.clock = new SimulatedClock(SIM_EPOCH);
    // A scenario that demonstrates one policy keeps it, whatever the learner chose.
    this.policy = scenario.policy ? preset(scenario.policy) : (options.policy ?? preset('retail'));
    this.runtime = {
      clock: this.clock,
      random: options.random ?? new SeededRandom(options.seed ?? 1),
    };
    this.current = {
      // With an authenticator, the app is added (enrolled) before signing in.
      step: scenario.enrolment ? 'enrol' : 'password',
      passwordError: null,
      enrolError: null,
      trustedDevice: options.trustedDevice ?? false,
      arrivals: [],
      call: null,
      decisions: [],
      challenges: 0,
      phoneDriftMs: 0,
      startedAt: this.clock.now(),
      endedAt: null,
    };
    for (const beat of scenario.beats) {
      this.clock.setTimeout(() => this.arrive(beat), beat.at);
    }
    this.clock.subscribe(() => this.emit());
    if (scenario.flow !== 'sign-in') this.startChallenge();
  }

  get state(): RunState {
    return this.current;
  }

  /** The live challenge's snapshot, for the code screen. */
  get challenge() {
    return this.actor?.getSnapshot() ?? null;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  // ---- learner actions -------------------------------------------------

  signIn(password: string, rememberDevice = false): void {
    if (this.current.step !== 'password') return;
    if (password.trim() === '') return this.update({ passwordError: 'empty' });
    if (password !== LEARNER_PASSWORD) return this.update({ passwordError: 'wrong-password' });
    this.remember = rememberDevice;
    if (this.current.trustedDevice) return this.finish();
    this.update({ passwordError: null });
    this.startChallenge();
  }

  /**
   * Confirms the authenticator app is set up: its current code must match.
   * That time step then counts as used (RFC 6238 §5.2), so signing in
   * right after needs the app's next code.
   */
  async confirmEnrolment(code: string): Promise<boolean> {
    const enrolment = this.scenario.enrolment;
    if (this.current.step !== 'enrol' || !enrolment) return false;
    const verdict = await verifyTotp({
      enrolment,
      code,
      atMs: this.clock.now(),
      lastUsedStep: null,
    });
    if (!verdict.ok) {
      this.update({ enrolError: 'wrong-code' });
      return false;
    }
    this.lastUsedStep = verdict.step;
    this.update({ step: 'password', enrolError: null });
    return true;
  }

  submitCode(code: string): AuditEntry | null {
    if (!this.actor) return null;
    this.actor.send({ type: 'SUBMIT', code });
    return this.lastEntry();
  }

  resend(channel?: 'sms' | 'email'): AuditEntry | null {
    if (!this.actor) return null;
    this.actor.send(channel ? { type: 'RESEND', channel } : { type: 'RESEND' });
    return this.lastEntry();
  }

  /** Gives up this challenge and asks for a fresh one, as "start again" does. */
  startAgain(): void {
    if (this.current.step !== 'code' || !this.actor) return;
    this.actor.send({ type: 'CANCEL' });
    this.startChallenge();
  }

  choose(decisionId: string, choiceId: string): void {
    const decision = this.scenario.decisions.find((d) => d.id === decisionId);
    const choice = decision?.choices.find((c) => c.id === choiceId);
    if (!decision || !choice || !this.decisionOpen(decisionId)) return;
    this.update({
      decisions: [
        ...this.current.decisions,
        { id: decisionId, choice: choiceId, at: this.clock.now(), safe: choice.safe },
      ],
    });
    const allMade = this.scenario.decisions.every((d) =>
      this.current.decisions.some((x) => x.id === d.id),
    );
    if (allMade && this.scenario.flow === 'unrequested') this.finish();
  }

  /** Decisions whose moment has come and that are not yet made. */
  decisionOpen(id: string): boolean {
    const d = this.scenario.decisions.find((x) => x.id === id);
    if (!d || this.current.decisions.some((x) => x.id === id)) return false;
    const happened = (beat: string) =>
      this.current.arrivals.some((a) => a.beat === beat) || this.current.call?.beat === beat;
    return !d.afterBeat || happened(d.afterBeat);
  }

  /** Answers a ringing call: its transcript shows. */
  answerCall(): void {
    if (this.current.call?.status === 'ringing') this.setCall('answered');
  }

  declineCall(): void {
    if (this.current.call?.status === 'ringing') this.setCall('declined');
  }

  hangUp(): void {
    if (this.current.call?.status === 'answered') this.setCall('ended');
  }

  private setCall(status: Call['status']): void {
    const call = this.current.call;
    if (call) this.update({ call: { ...call, status } });
  }

  markRead(id: string): void {
    this.update({
      arrivals: this.current.arrivals.map((a) => (a.id === id ? { ...a, read: true } : a)),
    });
  }

  /** Sets the phone's clock off by `ms`, to see what drift does to app codes. */
  setPhoneDrift(ms: number): void {
    if (!Number.isFinite(ms)) return;
    this.update({ phoneDriftMs: Math.round(ms) });
  }

  /** The code the phone's authenticator app shows now (null without an enrolment). */
  async phoneCode(): Promise<string | null> {
    const e = this.scenario.enrolment;
    if (!e) return null;
    return totp(base32Decode(e.secret), this.clock.now() + this.current.phoneDriftMs, e);
  }

  stop(): void {
    this.actor?.stop();
    this.actor = null;
    this.update({ step: 'stopped', endedAt: this.current.endedAt ?? this.clock.now() });
  }

  // ---- time -------------------------------------------------------------

  advance(ms: number): void {
    this.clock.increment(ms);
  }

  /** Jumps to the next timed event (a message, an expiry, a lockout's end). */
  skipToNext(): boolean {
    return this.clock.advanceToNext();
  }

  // ---- debrief ----------------------------------------------------------

  debrief(): Debrief {
    const timeline = this.timeline();
    const protectedBy = new Set<RuleId>();
    for (const e of timeline) {
      if (e.to === 'locked' && e.from !== 'locked') protectedBy.add('failure-limit');
      if (e.outcome === 'expired') protectedBy.add('code-lifetime');
      if (e.outcome === 'superseded') protectedBy.add('resend-kills-old-code');
      if (e.outcome === 'used') protectedBy.add('single-use');
    }
    const wrongCodes = timeline.filter(
      (e) =>
        ['wrong', 'superseded'].includes(e.outcome) ||
        (e.outcome === 'used' && e.from !== 'accepted'),
    ).length;
    const resends = timeline.filter((e) => e.outcome === 'resent').length;
    const unsafeChoices = this.current.decisions.filter((d) => !d.safe).map((d) => d.id);
    const outcome = this.outcome(timeline);
    const rules = policyRules(this.policy).filter((r) => this.scenario.rules.includes(r.rule));
    return {
      outcome,
      timeline,
      protectedBy: [...protectedBy],
      rules,
      standards: [...new Set(rules.flatMap((r) => r.source.split('; ')))],
      wrongCodes,
      resends,
      unsafeChoices,
      score: score({ outcome, wrongCodes, resends, unsafe: unsafeChoices.length }),
    };
  }

  // ---- inside -----------------------------------------------------------

  private remember = false;
  private lastUsedStep: number | null = null;

  private startChallenge(): void {
    this.actor?.stop();
    const actor = startChallenge(
      {
        id: `${this.scenario.id}-${this.current.challenges + 1}`,
        purpose: this.scenario.purpose,
        channel: this.scenario.channel,
        policy: this.policy,
        to: { sms: LEARNER.sms, email: LEARNER.email },
        deliveries: this.current.challenges === 0 ? this.scenario.deliveries : undefined,
        enrolment: this.scenario.enrolment,
        lastUsedStep: this.lastUsedStep,
      },
      this.runtime,
    );
    this.logs.push([]);
    const index = this.logs.length - 1;
    actor.on('delivery', ({ delivery }) => this.deliver(delivery));
    actor.subscribe((snap) => {
      this.logs[index] = snap.context.log;
      this.lastUsedStep = snap.context.lastUsedStep;
      // Someone else's code (unrequested flow) never finishes the learner's run.
      if (
        snap.value === 'accepted' &&
        this.actor === actor &&
        this.scenario.flow !== 'unrequested'
      ) {
        this.finish();
      } else this.emit();
    });
    this.logs[index] = actor.getSnapshot().context.log;
    this.actor = actor;
    this.update({
      step: this.scenario.flow === 'unrequested' ? 'decide' : 'code',
      challenges: this.current.challenges + 1,
    });
  }

  private deliver(d: Delivery): void {
    if (d.fate === 'lost') return;
    const folder = d.channel === 'sms' ? 'messages' : d.fate === 'spam' ? 'spam' : 'inbox';
    this.push({
      id: `${d.challengeId}-${d.n}`,
      at: d.arrivedAt,
      kind: d.channel,
      folder,
      from: d.from,
      delivery: d,
      beat: null,
      read: false,
    });
  }

  private arrive(beat: Beat): void {
    if (beat.kind === 'call') {
      this.update({
        call: { beat: beat.id, from: beat.from, at: this.clock.now(), status: 'ringing' },
      });
      return;
    }
    this.push({
      id: `beat-${beat.id}`,
      at: this.clock.now(),
      kind: beat.kind,
      folder: beat.kind === 'email' ? 'inbox' : 'messages',
      from: beat.from,
      delivery: null,
      beat: beat.id,
      read: false,
    });
  }

  private push(arrival: Arrival): void {
    this.update({ arrivals: [...this.current.arrivals, arrival] });
  }

  private finish(): void {
    if (this.current.step === 'done') return;
    if (this.scenario.flow === 'unrequested') this.actor?.send({ type: 'CANCEL' });
    this.update({
      step: 'done',
      trustedDevice: this.current.trustedDevice || this.remember,
      endedAt: this.clock.now(),
    });
  }

  private outcome(timeline: AuditEntry[]): RunOutcome {
    if (this.current.decisions.some((d) => !d.safe)) return 'compromised';
    if (this.current.step === 'done') {
      return this.scenario.flow === 'unrequested' ? 'safe' : 'completed';
    }
    const last = timeline.at(-1);
    if (last && (last.to === 'locked' || last.to === 'voided')) return 'locked-out';
    if (last?.to === 'cancelled') return 'gave-up';
    return 'unfinished';
  }

  private timeline(): AuditEntry[] {
    return this.logs.flat().sort((a, b) => a.at - b.at || a.seq - b.seq);
  }

  private lastEntry(): AuditEntry | null {
    return this.actor?.getSnapshot().context.log.at(-1) ?? null;
  }

  private update(patch: Partial<RunState>): void {
    this.current = { ...this.current, ...patch };
    this.emit();
  }

  private emit(): void {
    for (const l of this.listeners) l();
  }
}

/**
 * The score a debrief shows, out of 100: finishing safely is worth the most;
 * each wrong code costs 5, each resend 2, each unsafe choice 40.
 */
export function score(r: {
  outcome: RunOutcome;
  wrongCodes: number;
  resends: number;
  unsafe: number;
}): number {
  const base = {
    completed: 100,
    safe: 100,
    'locked-out': 60,
    'gave-up': 50,
    unfinished: 40,
    compromised: 20,
  }[r.outcome];
  return Math.max(0, Math.min(100, base - 5 * r.wrongCodes - 2 * r.resends - 40 * r.unsafe));
}

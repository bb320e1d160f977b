import { createActor } from 'xstate';
import type { Actor, InspectionEvent } from 'xstate';
import { startChallenge } from '../challenge';
import type { AuditEntry, ChallengeActor, ChallengeRuntime, Delivery } from '../challenge';
import { normaliseCode } from '../entry';
import { SimulatedClock } from '../clock';
import { base32Decode } from '../otp/base32';
import { totp, verifyTotp } from '../otp/totp';
import { policyRules, preset } from '../policy';
import type { Policy, RuleCheck, RuleId } from '../policy';
import type { RandomSource } from '../random';
import { SeededRandom } from '../random';
import { attackerMachine } from '../scam/attacker';
import type { AttackerContext, AttackerMachine, AttackerState } from '../scam/attacker';
import type { RedFlag } from '../scam/flags';
import { flagsInSelection } from '../scam/cues';
import type { FlagCues } from '../scam/cues';
import { codeInReply } from '../scam/reply';
import type { ShareVia, Trigger } from '../scam/types';
import { LEARNER, LEARNER_PASSWORD, SIM_EPOCH } from '../world';
import { mergeByTime } from '../timeline';
import { flowMachine } from './flow';
import type { FlowEvent, FlowMachine } from './flow';
import type { RunOutcome } from './outcome';
import { newestCode, runEnded } from './selectors';
import type { Beat, Scenario } from './types';

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
  step: 'password' | 'code' | 'done';
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

/**
 * One transition of the run's own machines (the learner's flow and the
 * attacker) or one thing the learner did; the shop's challenges keep their
 * own audit log. `actor` is what the workbench filters by.
 */
export interface RunLogEntry {
  seq: number;
  at: number;
  actor: 'flow' | 'attacker' | 'learner';
  event: string;
  from: string | null;
  to: string;
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

export type { RunOutcome } from './outcome';

/** One red flag that was in the run, and whether the learner marked it. */
export interface FlagFinding {
  item: string;
  flag: RedFlag;
  found: boolean;
}

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
  /**
   * Resends that cost points: those asked for while the code they replaced
   * had already arrived (phone, inbox or Spam) and still worked. A new code
   * when the message never came, or after the old one expired or was voided,
   * is the right move and costs nothing (see `costlyResends`).
   */
  costlyResends: number;
  /** The unsafe decisions, by id (handing over a code or password counts too). */
  unsafeChoices: string[];
  /** Every red flag in what arrived (or was opened), found or missed. */
  redFlags: FlagFinding[];
  /** Flags the learner marked on items that did not have them. */
  falseFlags: { item: string; flag: RedFlag }[];
  /** The attacker's console at the end (scam scenarios). */
  attacker: AttackerView | null;
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
  /** The attacker's own challenge, in scam scenarios. */
  private attackerChallenge: ChallengeActor | null = null;
  private flow: Actor<FlowMachine>;
  private attacker: Actor<AttackerMachine> | null = null;
  private logs: AuditEntry[][] = [];
  private runLog: RunLogEntry[] = [];
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
    this.flow = createActor(flowMachine, {
      input: { flow: scenario.flow, enrols: !!scenario.enrolment },
      clock: this.clock,
      inspect: (e) => this.inspect('flow', e),
    });
    this.current = {
      step: 'password',
      passwordError: null,
      enrolError: null,
      trustedDevice: options.trustedDevice ?? false,
      arrivals: [],
      call: null,
      decisions: [],
      marks: {},
      replies: [],
      page: null,
      attacker: null,
      challenges: 0,
      phoneDriftMs: 0,
      startedAt: this.clock.now(),
      endedAt: null,
    };
    this.flow.subscribe((snap) => {
      const step = snap.value;
      if (step !== 'start' && step !== this.current.step) this.update({ step });
    });
    this.flow.start();
    for (const beat of scenario.beats) {
      this.clock.setTimeout(() => this.arrive(beat), beat.at);
    }
    if (scenario.attacker) this.startAttacker(scenario.attacker.startsAt);
    this.clock.subscribe(() => this.emit());
    if (scenario.flow === 'confirm' || scenario.flow === 'unrequested') this.startChallenge();
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
    if (this.current.trustedDevice) return this.finish('TRUSTED_DEVICE');
    this.update({ passwordError: null });
    this.flow.send({ type: 'SIGNED_IN' });
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
    this.update({ enrolError: null });
    this.flow.send({ type: 'ENROLLED' });
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
    this.note(`choose ${decisionId}: ${choiceId}`);
    if (choice.redeems) this.redeem();
    if (choice.foils) this.foil();
    const allMade = this.scenario.decisions.every((d) =>
      this.current.decisions.some((x) => x.id === d.id),
    );
    if (allMade && this.scenario.flow === 'unrequested') this.finish('FINISH');
    // Every choice made and the lure ignored: the attacker never gets the password, nothing more can happen.
    if (allMade && this.scenario.flow === 'scam' && this.attackerWaitsForPassword()) {
      this.finish('FINISH');
    }
  }

  // ---- scams: handing over the code, the look-alike page, red flags ------

  /**
   * The learner hands a code to whoever asks: read out on the call, texted
   * back, or typed into the look-alike page. The attacker relays it to the
   * real shop; whether it works is up to the real challenge.
   */
  /**
   * Texts `text` back to `to`. A reply that holds a code (see codeInReply)
   * hands it over, as shareCode(code, 'reply'); any other reply is just a
   * reply. An empty one, or one after the run ended, changes nothing.
   */
  reply(to: string, text: string): 'sent' | 'empty' | 'ended' {
    const words = text.trim();
    if (words === '') return 'empty';
    if (this.ended) return 'ended';
    const code = codeInReply(words);
    this.update({
      replies: [...this.current.replies, { to, text: words, at: this.clock.now(), code }],
    });
    this.note(`reply to ${to}`);
    if (code !== null) this.shareCode(code, 'reply');
    return 'sent';
  }

  shareCode(code: string, via: ShareVia): void {
    if (this.ended || !this.attacker) return;
    const entry = normaliseCode(code, this.policy.digits);
    this.update({
      decisions: [
        ...this.current.decisions,
        { id: 'share-code', choice: via, at: this.clock.now(), safe: false },
      ],
    });
    this.note(`share code by ${via}`);
    // Even a garbled code goes to the attacker: they try whatever they get.
    this.attacker.send({ type: 'CODE', code: entry.ok ? entry.code : code.trim() });
  }

  /**
   * Follows a link in a message. Only the scenario's look-alike page opens
   * (on the phone, inside the sandbox); returns whether it did.
   */
  openLink(url: string): boolean {
    if (this.ended || !this.scenario.page || url !== this.scenario.page.url) return false;
    if (!this.current.page) this.update({ page: { step: 'password', at: this.clock.now() } });
    this.note('open link');
    return true;
  }

  /**
   * Types into the look-alike page: first a password, then a code. A fake
   * page accepts anything; whatever is typed goes to the attacker.
   */
  submitPage(value: string): void {
    const page = this.current.page;
    if (this.ended || !page || page.step === 'done' || value.trim() === '') return;
    if (page.step === 'password') {
      this.update({
        page: { ...page, step: 'code' },
        decisions: [
          ...this.current.decisions,
          { id: 'page-password', choice: 'typed', at: this.clock.now(), safe: false },
        ],
      });
      this.note('type password into page');
      // The right password is all the attacker needed to start the real sign-in.
      if (value === LEARNER_PASSWORD && this.attackerWaitsForPassword()) this.startAttackerNow();
      return;
    }
    this.update({ page: { ...page, step: 'done' } });
    this.shareCode(value, 'page');
  }

  /** Marks (or unmarks) a red flag on something that arrived or was opened. */
  markFlag(item: string, flag: RedFlag): void {
    if (!this.items().includes(item)) return;
    const marked = this.current.marks[item] ?? [];
    const next = marked.includes(flag) ? marked.filter((f) => f !== flag) : [...marked, flag];
    this.update({ marks: { ...this.current.marks, [item]: next } });
  }

  /**
   * Marks the red flags whose words the learner selected in an item
   * (`flagsInSelection`: only flags really there can be found this way) and
   * returns them; empty when the words carry none. It never unmarks.
   */
  markSelection(item: string, selection: string, cues: FlagCues | undefined): RedFlag[] {
    if (!this.items().includes(item)) return [];
    const found = flagsInSelection(cues, item, this.flagsOf(item), selection);
    const marked = this.current.marks[item] ?? [];
    const added = found.filter((f) => !marked.includes(f));
    if (added.length > 0) {
      this.update({ marks: { ...this.current.marks, [item]: [...marked, ...added] } });
    }
    return found;
  }

  /** The red flags really in an item (empty for a plain, honest message). */
  flagsOf(item: string): RedFlag[] {
    if (item === 'page') return this.scenario.pageFlags ?? [];
    const beatId = item.startsWith('call-')
      ? item.slice(5)
      : item.startsWith('beat-')
        ? item.slice(5)
        : null;
    if (beatId !== null) return this.scenario.beats.find((b) => b.id === beatId)?.flags ?? [];
    const arrival = this.current.arrivals.find((a) => a.id === item);
    return arrival?.cause ? (this.scenario.codeFlags ?? []) : [];
  }

  /** Everything the learner has seen that can carry red flags. */
  items(): string[] {
    const items = this.current.arrivals.map((a) => a.id);
    for (const beat of this.scenario.beats) {
      if (beat.kind === 'call' && this.callRang(beat.id)) items.push(`call-${beat.id}`);
    }
    if (this.current.page) items.push('page');
    return items;
  }

  /** The run's own log: flow and attacker transitions and the learner's actions. */
  get log(): readonly RunLogEntry[] {
    return this.runLog;
  }

  /** The attacker's challenge (scam scenarios), for the split view's audit log. */
  get attackerSnapshot() {
    return this.attackerChallenge?.getSnapshot() ?? null;
  }

  /**
   * Decisions whose moment has come and that are not yet made. A decision
   * after a call waits until the call is picked up, declined or over: while
   * the phone only rings, offering "after the call" choices would give the
   * story away.
   */
  decisionOpen(id: string): boolean {
    const d = this.scenario.decisions.find((x) => x.id === id);
    if (!d || this.current.decisions.some((x) => x.id === id)) return false;
    const happened = (beat: string) =>
      this.current.arrivals.some((a) => a.beat === beat) || this.callSettled.has(beat);
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
    if (!call) return;
    this.callSettled.add(call.beat);
    this.update({ call: { ...call, status } });
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
    this.attacker?.stop();
    this.attackerChallenge?.stop();
    this.update({ endedAt: this.current.endedAt ?? this.clock.now() });
    this.flow.send({ type: 'STOP' });
  }

  // ---- time -------------------------------------------------------------

  advance(ms: number): void {
    this.clock.increment(ms);
  }

  /**
   * Jumps to the next timed event the learner can notice (a message, a
   * call, an expiry, a lockout's end, the app's next code). A lost message
   * is not one: the learner never sees it, so the jump goes on past it
   * (doc/model.md: "No spoilers").
   */
  skipToNext(): boolean {
    const appCode = this.nextAppCodeAt();
    const due = this.clock.nextDue();
    if (appCode !== null && (due === null || appCode < due)) {
      this.clock.set(appCode);
      return true;
    }
    let seen = this.current;
    let logged = this.logs.map((l) => l.length);
    if (!this.clock.advanceToNext()) return false;
    // A step that only lost a message showed nothing: go on to the next one.
    while (this.current === seen && this.onlyLostSince(logged) && this.clock.nextDue() !== null) {
      seen = this.current;
      logged = this.logs.map((l) => l.length);
      this.clock.advanceToNext();
    }
    return true;
  }

  /** Whether every audit entry added since `lengths` is a lost message (and there is one). */
  private onlyLostSince(lengths: number[]): boolean {
    const added = this.logs.flatMap((l, i) => l.slice(lengths[i] ?? 0));
    return added.length > 0 && added.every((e) => e.outcome === 'lost');
  }

  /**
   * When the phone's authenticator app shows its next code, while the
   * learner waits for one they can use (the current one's time step is
   * spent, e.g. by setting the app up); null otherwise.
   */
  private nextAppCodeAt(): number | null {
    const e = this.scenario.enrolment;
    const snap = this.challenge;
    if (!e || this.current.step !== 'code' || snap?.value !== 'pending') return null;
    const used = snap.context.lastUsedStep;
    const periodMs = e.period * 1000;
    const step = Math.floor((this.clock.now() + this.current.phoneDriftMs) / periodMs);
    if (used === null || step > used) return null;
    return (used + 1) * periodMs - this.current.phoneDriftMs;
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
    const redFlags: FlagFinding[] = [];
    const falseFlags: { item: string; flag: RedFlag }[] = [];
    for (const item of this.items()) {
      const there = this.flagsOf(item);
      const marked = this.current.marks[item] ?? [];
      for (const flag of there) redFlags.push({ item, flag, found: marked.includes(flag) });
      for (const flag of marked) if (!there.includes(flag)) falseFlags.push({ item, flag });
    }
    const costly = this.logs.reduce((n, log) => n + costlyResends(log), 0);
    return {
      outcome,
      timeline,
      protectedBy: [...protectedBy],
      rules,
      standards: [...new Set(rules.flatMap((r) => r.source.split('; ')))],
      wrongCodes,
      resends,
      costlyResends: costly,
      unsafeChoices,
      redFlags,
      falseFlags,
      attacker: this.current.attacker,
      score: score({
        outcome,
        wrongCodes,
        resends: costly,
        unsafe: unsafeChoices.length,
        flags:
          this.scenario.flow === 'scam'
            ? {
                there: redFlags.length,
                found: redFlags.filter((f) => f.found).length,
                wrong: falseFlags.length,
              }
            : undefined,
      }),
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
        this.finish('ACCEPTED');
      } else this.emit();
    });
    this.logs[index] = actor.getSnapshot().context.log;
    this.actor = actor;
    this.update({ challenges: this.current.challenges + 1 });
  }

  // ---- the attacker -------------------------------------------------------

  private startAttacker(startsAt: number | 'on-phished-password'): void {
    const script = this.scenario.attacker!;
    const attacker = createActor(attackerMachine, {
      input: {
        patienceMs: script.patienceMs,
        loot: script.loot,
        phishing: startsAt === 'on-phished-password',
      },
      clock: this.clock,
      inspect: (e) => this.inspect('attacker', e),
    });
    attacker.on('start', () => this.startAttackerChallenge());
    attacker.on('relay', ({ code }) => this.relay(code));
    attacker.subscribe((snap) => {
      this.update({ attacker: this.attackerView() });
      if (snap.status === 'done') this.finish('FINISH');
    });
    this.attacker = attacker;
    attacker.start();
    this.update({ attacker: this.attackerView() });
    if (startsAt !== 'on-phished-password') {
      this.clock.setTimeout(() => this.startAttackerNow(), startsAt);
    }
  }

  private attackerWaitsForPassword(): boolean {
    return (
      this.scenario.attacker?.startsAt === 'on-phished-password' &&
      this.attacker?.getSnapshot().value === 'idle'
    );
  }

  private startAttackerNow(): void {
    // An attacker who already gave up (reported in time) starts nothing.
    if (this.attacker?.getSnapshot().value !== 'idle') return;
    this.attacker.send({ type: 'START', at: this.clock.now() });
  }

  /** The attacker's action makes the real shop send the learner a genuine code. */
  private startAttackerChallenge(): void {
    const script = this.scenario.attacker!;
    const actor = startChallenge(
      {
        id: `${this.scenario.id}-attacker`,
        purpose: script.purpose,
        channel: 'sms',
        policy: this.policy,
        to: { sms: LEARNER.sms, email: LEARNER.email },
        deliveries: this.scenario.deliveries,
      },
      this.runtime,
    );
    const cause: Cause = { trigger: script.trigger, at: this.clock.now() };
    this.logs.push([]);
    const index = this.logs.length - 1;
    actor.on('delivery', ({ delivery }) => this.deliver(delivery, cause));
    actor.subscribe((snap) => {
      this.logs[index] = snap.context.log;
      // A code that can no longer win ends the attacker's hopes.
      if (['expired', 'locked', 'voided'].includes(String(snap.value))) {
        this.attacker?.send({ type: 'CLOSED', reason: 'code-dead' });
      } else if (snap.value === 'cancelled') {
        this.attacker?.send({ type: 'CLOSED', reason: 'cancelled' });
      }
      this.emit();
    });
    this.logs[index] = actor.getSnapshot().context.log;
    this.attackerChallenge = actor;
  }

  /** The attacker types the handed-over code into the real shop. */
  private relay(code: string): void {
    const challenge = this.attackerChallenge;
    if (!challenge) return;
    challenge.send({ type: 'SUBMIT', code });
    const accepted = challenge.getSnapshot().value === 'accepted';
    this.attacker?.send({ type: accepted ? 'ACCEPTED' : 'REJECTED', at: this.clock.now() });
  }

  /** The shop, told of the attack, cancels the attacker's pending attempt. */
  private foil(): void {
    const challenge = this.attackerChallenge;
    const state = challenge?.getSnapshot().value;
    if (challenge && state !== 'accepted') challenge.send({ type: 'CANCEL' });
    // Told before the attacker started: the shop locks the password they hold.
    if (!challenge) this.attacker?.send({ type: 'CLOSED', reason: 'cancelled' });
  }

  /**
   * The genuine code is used for what it is for (read to the real courier
   * at the door): it works once, so it is dead for the attacker.
   */
  private redeem(): void {
    const challenge = this.attackerChallenge;
    const code = newestCode(this.current, (a) => a.cause !== null);
    if (!challenge || code === null) return;
    if (challenge.getSnapshot().value === 'pending') challenge.send({ type: 'SUBMIT', code });
    this.attacker?.send({ type: 'CLOSED', reason: 'code-dead' });
  }

  private attackerView(): AttackerView | null {
    const snap = this.attacker?.getSnapshot();
    if (!snap) return null;
    const c = snap.context;
    return {
      state: snap.value,
      startedAt: c.startedAt,
      tries: c.tries,
      insideAt: c.insideAt,
      taken: c.taken,
      gaveUp: c.gaveUp,
      hasPassword:
        // A fake courier needs only the delivery code, never the password.
        this.scenario.attacker?.trigger !== 'dispatch' &&
        (this.scenario.attacker?.startsAt !== 'on-phished-password' || c.startedAt !== null),
    };
  }

  private callRang(beat: string): boolean {
    return this.current.call?.beat === beat || this.rang.has(beat);
  }

  private rang = new Set<string>();
  /** Calls no longer ringing: answered, declined, ended, or cut off by a later call. */
  private callSettled = new Set<string>();

  // ---- the run's own log ----------------------------------------------------

  private seq = 0;
  private lastValue: Record<string, string> = {};

  /** Logs each transition of the flow and attacker machines, with the event that caused it. */
  private inspect(actor: 'flow' | 'attacker', e: InspectionEvent): void {
    if (e.type !== '@xstate.snapshot') return;
    const snap = e.snapshot as { value?: unknown };
    if (typeof snap.value !== 'string') return;
    const from = this.lastValue[actor] ?? null;
    if (from === snap.value && !e.event.type.startsWith('xstate.after')) return;
    this.lastValue[actor] = snap.value;
    this.runLog.push({
      seq: ++this.seq,
      at: this.clock.now(),
      actor,
      event: eventName(e.event.type),
      from,
      to: snap.value,
    });
  }

  /** Logs something the learner did that no machine models (marks, links, handing over). */
  private note(event: string): void {
    this.runLog.push({
      seq: ++this.seq,
      at: this.clock.now(),
      actor: 'learner',
      event,
      from: null,
      to: this.current.step,
    });
    // Readers of the log (the workbench, the audit log) hear of the new row at once.
    this.emit();
  }

  private get ended(): boolean {
    return runEnded(this.current);
  }

  private deliver(d: Delivery, cause: Cause | null = null): void {
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
      cause,
    });
  }

  private arrive(beat: Beat): void {
    if (this.ended) return;
    if (beat.kind === 'call') {
      this.rang.add(beat.id);
      // A call still ringing when the next one comes in was missed: it rings no more.
      const before = this.current.call;
      if (before && before.beat !== beat.id) this.callSettled.add(before.beat);
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
      cause: null,
    });
  }

  private push(arrival: Arrival): void {
    this.update({ arrivals: [...this.current.arrivals, arrival] });
  }

  private finish(event: FlowEvent['type']): void {
    if (this.ended) return;
    if (this.scenario.flow === 'unrequested') this.actor?.send({ type: 'CANCEL' });
    this.update({
      trustedDevice: this.current.trustedDevice || this.remember,
      endedAt: this.clock.now(),
    });
    this.flow.send({ type: event } as FlowEvent);
  }

  private outcome(timeline: AuditEntry[]): RunOutcome {
    if (this.scenario.flow === 'scam') {
      const attacker = this.current.attacker;
      if (attacker?.insideAt != null) return 'taken-over';
      if (this.current.step !== 'done') return 'unfinished';
      // Nobody got in, but the scammer still has the password: not safe yet.
      if (attacker?.hasPassword && attacker.gaveUp !== 'cancelled') return 'password-at-risk';
      return 'foiled';
    }
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
    // Entries of one moment by their number in their own challenge.
    return mergeByTime(this.logs, (e) => e.seq);
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
 * The score a debrief shows, out of 100. Each ending has its base: 100 for
 * a completed, safe or foiled run, 60 when the scammer still holds the
 * password, 60 locked out, 50 gave up, 40 unfinished, 20 compromised or
 * taken over. Then each wrong code costs 5, each costly resend 2 (a new
 * code the learner needed is free) and each unsafe choice 40; in a
 * password-at-risk run the first unsafe choice is the ending itself, so
 * it is not counted twice. In a scam with red flags, what was learnt counts
 * on its own: those points count 0.8, and the flags add 20 × (flags found
 * − flags marked that were not there) / flags there (at least 0), so a
 * learner the scammer got past still earns the signs they spotted.
 */
export function score(r: {
  outcome: RunOutcome;
  wrongCodes: number;
  resends: number;
  unsafe: number;
  flags?: { there: number; found: number; wrong: number };
}): number {
  const base = {
    completed: 100,
    safe: 100,
    foiled: 100,
    'password-at-risk': 60,
    'taken-over': 20,
    'locked-out': 60,
    'gave-up': 50,
    unfinished: 40,
    compromised: 20,
  }[r.outcome];
  const unsafe = r.outcome === 'password-at-risk' ? Math.max(0, r.unsafe - 1) : r.unsafe;
  const points = Math.max(0, base - 5 * r.wrongCodes - 2 * r.resends - 40 * unsafe);
  const f = r.flags;
  if (!f || f.there === 0) return points;
  const share = Math.max(0, f.found - f.wrong) / f.there;
  return Math.max(0, Math.min(100, Math.round(0.8 * points + 20 * share)));
}

/**
 * How many of a challenge's resends cost points: a resend asked for while
 * the code it replaces was live (the challenge `pending`) and its message
 * had already arrived (on the phone, in the inbox or in Spam). A resend
 * when that message was lost or still on its way, or after the code
 * expired or was voided, is the move the scenario teaches: free.
 */
export function costlyResends(log: readonly AuditEntry[]): number {
  const arrived = new Set<string>();
  let newest: string | null = null;
  let costly = 0;
  for (const e of log) {
    if (e.outcome === 'delivered' && e.codeRef) arrived.add(e.codeRef);
    if (e.outcome === 'resent' || e.outcome === 'issued') {
      if (e.outcome === 'resent' && e.from === 'pending' && newest && arrived.has(newest)) {
        costly += 1;
      }
      newest = e.codeRef;
    }
  }
  return costly;
}

/** `xstate.after.patience.attacker.waiting` reads as `after patience`. */
function eventName(type: string): string {
  const timer = /^xstate\.after\.([^.]+)\./.exec(type);
  if (timer) return `after ${timer[1]}`;
  return type === 'xstate.init' ? 'start' : type;
}

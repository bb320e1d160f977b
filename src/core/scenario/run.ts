import type { AuditEntry } from '../challenge';
import { SimulatedClock } from '../clock';
import { preset } from '../policy';
import type { Policy } from '../policy';
import type { RandomSource } from '../random';
import { SeededRandom } from '../random';
import { AttackerLink } from '../scam/attacker-link';
import type { FlagCues } from '../scam/cues';
import type { RedFlag } from '../scam/flags';
import type { ShareVia } from '../scam/types';
import { SIM_EPOCH } from '../world';
import { AuthenticatorApp } from './app';
import { AuditLogs, LearnerChallenges } from './challenges';
import { Decisions } from './decisions';
import { debriefRun } from './debrief';
import type { Debrief } from './debrief';
import { LearnerFlow } from './learner-flow';
import { RunLog } from './log';
import type { RunLogEntry } from './log';
import { Marks } from './marks';
import { LookAlikePage } from './page';
import { Phone } from './phone';
import { initialState, RunStore } from './state';
import type { RunContext, RunState } from './state';
import { skipToNext } from './time';
import type { Scenario } from './types';

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
 *
 * This class is the coordinator: it owns the clock and the run's state
 * (state.ts), wires the parts together and hands each job to one of them:
 * the learner's path through the shop (learner-flow.ts), their challenges
 * (challenges.ts), the phone (phone.ts) and its authenticator app (app.ts),
 * their decisions and replies (decisions.ts), the look-alike page
 * (page.ts), red-flag marks (marks.ts), the attacker
 * (scam/attacker-link.ts), the run's own log (log.ts), the debrief
 * (debrief.ts) and the jump to the next event (time.ts).
 */
export class ScenarioRun {
  readonly clock: SimulatedClock;
  readonly policy: Policy;
  private readonly store: RunStore;
  private readonly runLog: RunLog;
  private readonly logs = new AuditLogs();
  private readonly flow: LearnerFlow;
  private readonly challenges: LearnerChallenges;
  private readonly phone: Phone;
  private readonly app: AuthenticatorApp;
  private readonly decisions: Decisions;
  private readonly page: LookAlikePage;
  private readonly marks: Marks;
  /** The attacker, in scam scenarios. */
  private readonly attacker: AttackerLink | null;

  constructor(
    readonly scenario: Scenario,
    options: RunOptions = {},
  ) {
    const clock = new SimulatedClock(SIM_EPOCH);
    this.clock = clock;
    // A scenario that demonstrates one policy keeps it, whatever the learner chose.
    this.policy = scenario.policy ? preset(scenario.policy) : (options.policy ?? preset('retail'));
    this.runLog = new RunLog(clock);
    this.store = new RunStore(initialState(clock.now(), options.trustedDevice ?? false));
    const ctx: RunContext = {
      scenario,
      clock,
      policy: this.policy,
      runtime: { clock, random: options.random ?? new SeededRandom(options.seed ?? 1) },
      store: this.store,
      log: this.runLog,
      note: (event) => this.note(event),
    };
    const phone = new Phone(ctx);
    const finish = () => this.flow.finish('FINISH');
    this.phone = phone;
    this.challenges = new LearnerChallenges(
      ctx,
      this.logs,
      (d) => phone.deliver(d),
      () => this.flow.finish('ACCEPTED'),
    );
    this.app = new AuthenticatorApp(ctx);
    this.flow = new LearnerFlow(ctx, this.challenges, this.app);
    const attacker = scenario.attacker
      ? new AttackerLink(ctx, scenario.attacker, this.logs, (d, c) => phone.deliver(d, c), finish)
      : null;
    this.attacker = attacker;
    const decisions = new Decisions(ctx, phone, attacker, finish);
    this.decisions = decisions;
    this.page = new LookAlikePage(ctx, attacker, (code, via) => decisions.shareCode(code, via));
    this.marks = new Marks(ctx, phone);

    this.flow.start();
    for (const beat of scenario.beats) {
      clock.setTimeout(() => phone.arrive(beat), beat.at);
    }
    attacker?.start();
    clock.subscribe(() => this.store.emit());
    if (scenario.flow === 'confirm' || scenario.flow === 'unrequested') this.challenges.start();
  }

  get state(): RunState {
    return this.store.state;
  }

  /** The live challenge's snapshot, for the code screen. */
  get challenge() {
    return this.challenges.snapshot;
  }

  subscribe(listener: () => void): () => void {
    return this.store.subscribe(listener);
  }

  // ---- learner actions -------------------------------------------------

  signIn(password: string, rememberDevice = false): void {
    this.flow.signIn(password, rememberDevice);
  }

  /**
   * Confirms the authenticator app is set up: its current code must match.
   * That time step then counts as used (RFC 6238 §5.2), so signing in
   * right after needs the app's next code.
   */
  confirmEnrolment(code: string): Promise<boolean> {
    return this.flow.confirmEnrolment(code);
  }

  submitCode(code: string): AuditEntry | null {
    return this.challenges.submit(code);
  }

  resend(channel?: 'sms' | 'email'): AuditEntry | null {
    return this.challenges.resend(channel);
  }

  /** Gives up this challenge and asks for a fresh one, as "start again" does. */
  startAgain(): void {
    this.challenges.startAgain();
  }

  choose(decisionId: string, choiceId: string): void {
    this.decisions.choose(decisionId, choiceId);
  }

  /**
   * Decisions whose moment has come and that are not yet made. A decision
   * after a call waits until the call is picked up, declined or over: while
   * the phone only rings, offering "after the call" choices would give the
   * story away.
   */
  decisionOpen(id: string): boolean {
    return this.decisions.open(id);
  }

  // ---- scams: handing over the code, the look-alike page, red flags ------

  /**
   * Texts `text` back to `to`. A reply that holds a code (see codeInReply)
   * hands it over, as shareCode(code, 'reply'); any other reply is just a
   * reply. An empty one, or one after the run ended, changes nothing.
   */
  reply(to: string, text: string): 'sent' | 'empty' | 'ended' {
    return this.decisions.reply(to, text);
  }

  /**
   * The learner hands a code to whoever asks: read out on the call, texted
   * back, or typed into the look-alike page. The attacker relays it to the
   * real shop; whether it works is up to the real challenge.
   */
  shareCode(code: string, via: ShareVia): void {
    this.decisions.shareCode(code, via);
  }

  /**
   * Follows a link in a message. Only the scenario's look-alike page opens
   * (on the phone, inside the sandbox); returns whether it did.
   */
  openLink(url: string): boolean {
    return this.page.open(url);
  }

  /**
   * Types into the look-alike page: first a password, then a code. A fake
   * page accepts anything; whatever is typed goes to the attacker.
   */
  submitPage(value: string): void {
    this.page.submit(value);
  }

  /** Marks (or unmarks) a red flag on something that arrived or was opened. */
  markFlag(item: string, flag: RedFlag): void {
    this.marks.mark(item, flag);
  }

  /**
   * Marks the red flags whose words the learner selected in an item
   * (`flagsInSelection`: only flags really there can be found this way) and
   * returns them; empty when the words carry none. It never unmarks.
   */
  markSelection(item: string, selection: string, cues: FlagCues | undefined): RedFlag[] {
    return this.marks.markSelection(item, selection, cues);
  }

  /** The red flags really in an item (empty for a plain, honest message). */
  flagsOf(item: string): RedFlag[] {
    return this.marks.flagsOf(item);
  }

  /** Everything the learner has seen that can carry red flags. */
  items(): string[] {
    return this.marks.items();
  }

  /** The run's own log: flow, attacker, call and page transitions and the learner's actions. */
  get log(): readonly RunLogEntry[] {
    return this.runLog.entries;
  }

  /** The attacker's challenge (scam scenarios), for the split view's audit log. */
  get attackerSnapshot() {
    return this.attacker?.snapshot ?? null;
  }

  // ---- the phone ----------------------------------------------------------

  /** Answers a ringing call: its transcript shows. */
  answerCall(): void {
    this.phone.answer();
  }

  declineCall(): void {
    this.phone.decline();
  }

  hangUp(): void {
    this.phone.hangUp();
  }

  markRead(id: string): void {
    this.phone.markRead(id);
  }

  /** Sets the phone's clock off by `ms`, to see what drift does to app codes. */
  setPhoneDrift(ms: number): void {
    this.app.setDrift(ms);
  }

  /** The code the phone's authenticator app shows now (null without an enrolment). */
  phoneCode(): Promise<string | null> {
    return this.app.code();
  }

  /** Ends the run: stops its challenges and the attacker, and records `state.endedAt`. */
  stop(): void {
    this.challenges.stop();
    this.attacker?.stop();
    this.flow.stop();
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
    return skipToNext(this.clock, this.store, this.logs, this.app.nextCodeAt(this.challenge));
  }

  // ---- debrief ----------------------------------------------------------

  debrief(): Debrief {
    return debriefRun({
      scenario: this.scenario,
      policy: this.policy,
      state: this.state,
      logs: this.logs.all,
      findings: this.marks.findings(),
    });
  }

  /** Logs something the learner did that no machine models, and tells the listeners. */
  private note(event: string): void {
    this.runLog.note(event, this.state.step);
    // Readers of the log (the workbench, the audit log) hear of the new row at once.
    this.store.emit();
  }
}

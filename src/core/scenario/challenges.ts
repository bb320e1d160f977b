import { startChallenge } from '../challenge';
import type { AuditEntry, ChallengeActor, Delivery } from '../challenge';
import { LEARNER } from '../world';
import type { RunContext } from './state';

/**
 * The audit logs of every challenge of a run (the learner's, then any the
 * attacker starts), in the order they started: the debrief's timeline and
 * the "next event" skip read them.
 */
export class AuditLogs {
  private logs: AuditEntry[][] = [];

  get all(): readonly AuditEntry[][] {
    return this.logs;
  }

  /** Makes room for a new challenge's log; the answer keeps its newest log there. */
  open(): (log: AuditEntry[]) => void {
    this.logs.push([]);
    const index = this.logs.length - 1;
    return (log) => {
      this.logs[index] = log;
    };
  }

  /** How long each log is now, for `onlyLostSince`. */
  lengths(): number[] {
    return this.logs.map((l) => l.length);
  }

  /** Whether every audit entry added since `lengths` is a lost message (and there is one). */
  onlyLostSince(lengths: number[]): boolean {
    const added = this.logs.flatMap((l, i) => l.slice(lengths[i] ?? 0));
    return added.length > 0 && added.every((e) => e.outcome === 'lost');
  }
}

/**
 * The learner's own challenge: the one the shop's flow starts, and a fresh
 * one after "start again". Its codes go to the phone; its acceptance ends
 * the learner's flow (except a code someone else asked for).
 */
export class LearnerChallenges {
  private actor: ChallengeActor | null = null;
  /** The authenticator's last used time step, carried from one challenge to the next. */
  lastUsedStep: number | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly logs: AuditLogs,
    private readonly deliver: (delivery: Delivery) => void,
    private readonly accepted: () => void,
  ) {}

  /** The live challenge's snapshot, for the code screen. */
  get snapshot() {
    return this.actor?.getSnapshot() ?? null;
  }

  start(): void {
    const { scenario, store } = this.ctx;
    this.actor?.stop();
    const count = store.state.challenges;
    const actor = startChallenge(
      {
        id: `${scenario.id}-${count + 1}`,
        purpose: scenario.purpose,
        channel: scenario.channel,
        policy: this.ctx.policy,
        to: { sms: LEARNER.sms, email: LEARNER.email },
        deliveries: count === 0 ? scenario.deliveries : undefined,
        enrolment: scenario.enrolment,
        lastUsedStep: this.lastUsedStep,
      },
      this.ctx.runtime,
    );
    const keep = this.logs.open();
    actor.on('delivery', ({ delivery }) => this.deliver(delivery));
    actor.subscribe((snap) => {
      keep(snap.context.log);
      this.lastUsedStep = snap.context.lastUsedStep;
      // Someone else's code (unrequested flow) never finishes the learner's run.
      if (snap.value === 'accepted' && this.actor === actor && scenario.flow !== 'unrequested') {
        this.accepted();
      } else store.emit();
    });
    keep(actor.getSnapshot().context.log);
    this.actor = actor;
    store.update({ challenges: store.state.challenges + 1 });
  }

  submit(code: string): AuditEntry | null {
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
    if (this.ctx.store.state.step !== 'code' || !this.actor) return;
    this.actor.send({ type: 'CANCEL' });
    this.start();
  }

  /** Withdraws the live challenge (a code nobody asked for, once the run is over). */
  cancel(): void {
    this.actor?.send({ type: 'CANCEL' });
  }

  stop(): void {
    this.actor?.stop();
    this.actor = null;
  }

  private lastEntry(): AuditEntry | null {
    return this.actor?.getSnapshot().context.log.at(-1) ?? null;
  }
}

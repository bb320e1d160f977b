import { createActor } from 'xstate';
import type { Actor } from 'xstate';
import { startChallenge } from '../challenge';
import type { ChallengeActor, Delivery } from '../challenge';
import type { AuditLogs } from '../scenario/challenges';
import { newestCode } from '../scenario/selectors';
import type { AttackerView, Cause, RunContext } from '../scenario/state';
import { LEARNER } from '../world';
import { attackerMachine } from './attacker';
import type { AttackerMachine } from './attacker';
import type { AttackerScript } from './types';

/**
 * Wires a scam scenario's attacker into a run: their machine (attacker.ts)
 * on the run's clock, the real challenge their action makes the shop start
 * (its genuine code goes to the learner's phone), and the codes the
 * learner hands over, which they relay to the shop.
 */
export class AttackerLink {
  private machine: Actor<AttackerMachine> | null = null;
  /** The attacker's own challenge, once they start the real flow. */
  private challenge: ChallengeActor | null = null;

  constructor(
    private readonly ctx: RunContext,
    private readonly script: AttackerScript,
    private readonly logs: AuditLogs,
    private readonly deliver: (delivery: Delivery, cause: Cause) => void,
    /** The attacker is done (inside, or gave up): the run is over. */
    private readonly finished: () => void,
  ) {}

  /** Starts the attacker's machine; they act at `script.startsAt`, or once phished. */
  start(): void {
    const { clock, store, log } = this.ctx;
    const startsAt = this.script.startsAt;
    const machine = createActor(attackerMachine, {
      input: {
        patienceMs: this.script.patienceMs,
        loot: this.script.loot,
        phishing: startsAt === 'on-phished-password',
      },
      clock,
      inspect: (e) => log.inspect('attacker', e),
    });
    machine.on('start', () => this.startChallenge());
    machine.on('relay', ({ code }) => this.relay(code));
    machine.subscribe((snap) => {
      store.update({ attacker: this.view() });
      if (snap.status === 'done') this.finished();
    });
    this.machine = machine;
    machine.start();
    store.update({ attacker: this.view() });
    if (startsAt !== 'on-phished-password') {
      clock.setTimeout(() => this.startNow(), startsAt);
    }
  }

  /** Whether the attacker still waits for a look-alike page to hand them the password. */
  waitsForPassword(): boolean {
    return (
      this.script.startsAt === 'on-phished-password' && this.machine?.getSnapshot().value === 'idle'
    );
  }

  startNow(): void {
    // An attacker who already gave up (reported in time) starts nothing.
    if (this.machine?.getSnapshot().value !== 'idle') return;
    this.machine.send({ type: 'START', at: this.ctx.clock.now() });
  }

  /** The learner hands the attacker a code (they try whatever they get). */
  handOver(code: string): void {
    this.machine?.send({ type: 'CODE', code });
  }

  /** The shop, told of the attack, cancels the attacker's pending attempt. */
  foil(): void {
    const challenge = this.challenge;
    const state = challenge?.getSnapshot().value;
    if (challenge && state !== 'accepted') challenge.send({ type: 'CANCEL' });
    // Told before the attacker started: the shop locks the password they hold.
    if (!challenge) this.machine?.send({ type: 'CLOSED', reason: 'cancelled' });
  }

  /**
   * The genuine code is used for what it is for (read to the real courier
   * at the door): it works once, so it is dead for the attacker.
   */
  redeem(): void {
    const challenge = this.challenge;
    const code = newestCode(this.ctx.store.state, (a) => a.cause !== null);
    if (!challenge || code === null) return;
    if (challenge.getSnapshot().value === 'pending') challenge.send({ type: 'SUBMIT', code });
    this.machine?.send({ type: 'CLOSED', reason: 'code-dead' });
  }

  /** The attacker's challenge, for the split view's audit log. */
  get snapshot() {
    return this.challenge?.getSnapshot() ?? null;
  }

  stop(): void {
    this.machine?.stop();
    this.challenge?.stop();
  }

  /** The attacker's action makes the real shop send the learner a genuine code. */
  private startChallenge(): void {
    const { scenario, clock, store } = this.ctx;
    const actor = startChallenge(
      {
        id: `${scenario.id}-attacker`,
        purpose: this.script.purpose,
        channel: 'sms',
        policy: this.ctx.policy,
        to: { sms: LEARNER.sms, email: LEARNER.email },
        deliveries: scenario.deliveries,
      },
      this.ctx.runtime,
    );
    const cause: Cause = { trigger: this.script.trigger, at: clock.now() };
    const keep = this.logs.open();
    actor.on('delivery', ({ delivery }) => this.deliver(delivery, cause));
    actor.subscribe((snap) => {
      keep(snap.context.log);
      // A code that can no longer win ends the attacker's hopes.
      if (['expired', 'locked', 'voided'].includes(String(snap.value))) {
        this.machine?.send({ type: 'CLOSED', reason: 'code-dead' });
      } else if (snap.value === 'cancelled') {
        this.machine?.send({ type: 'CLOSED', reason: 'cancelled' });
      }
      store.emit();
    });
    keep(actor.getSnapshot().context.log);
    this.challenge = actor;
  }

  /** The attacker types the handed-over code into the real shop. */
  private relay(code: string): void {
    const challenge = this.challenge;
    if (!challenge) return;
    challenge.send({ type: 'SUBMIT', code });
    const accepted = challenge.getSnapshot().value === 'accepted';
    this.machine?.send({ type: accepted ? 'ACCEPTED' : 'REJECTED', at: this.ctx.clock.now() });
  }

  private view(): AttackerView | null {
    const snap = this.machine?.getSnapshot();
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
        this.script.trigger !== 'dispatch' &&
        (this.script.startsAt !== 'on-phished-password' || c.startedAt !== null),
    };
  }
}

import type { Delivery } from '../challenge';
import { CALL_FIRST, callAfter } from './lifecycles';
import type { CallEvent } from './lifecycles';
import { runEnded } from './selectors';
import type { Arrival, Cause, RunContext } from './state';
import type { Beat } from './types';

/**
 * The learner's phone and inbox: the messages that arrive (code messages
 * and the scenario's beats), and its calls, each one a `callMachine`
 * (lifecycles.ts): it rings until answered or declined, and ends with a
 * hang-up.
 */
export class Phone {
  /** Calls that have rung at all. */
  private rang = new Set<string>();
  /** Calls no longer ringing: answered, declined, ended, or cut off by a later call. */
  private settled = new Set<string>();

  constructor(private readonly ctx: RunContext) {}

  /** A code message reaches the phone or inbox (or Spam); a lost one never does. */
  deliver(d: Delivery, cause: Cause | null = null): void {
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

  /** A beat's time has come: its message arrives, or its call rings. */
  arrive(beat: Beat): void {
    const { store, clock } = this.ctx;
    if (runEnded(store.state)) return;
    if (beat.kind === 'call') {
      this.rang.add(beat.id);
      // A call still ringing when the next one comes in was missed: it rings no more.
      const before = store.state.call;
      if (before && before.beat !== beat.id) this.settled.add(before.beat);
      this.ctx.log.move('call', 'start', null, CALL_FIRST);
      store.update({
        call: { beat: beat.id, from: beat.from, at: clock.now(), status: CALL_FIRST },
      });
      return;
    }
    this.push({
      id: `beat-${beat.id}`,
      at: clock.now(),
      kind: beat.kind,
      folder: beat.kind === 'email' ? 'inbox' : 'messages',
      from: beat.from,
      delivery: null,
      beat: beat.id,
      read: false,
      cause: null,
    });
  }

  answer(): void {
    this.moveCall({ type: 'ANSWER' });
  }

  decline(): void {
    this.moveCall({ type: 'DECLINE' });
  }

  hangUp(): void {
    this.moveCall({ type: 'HANG_UP' });
  }

  markRead(id: string): void {
    const { store } = this.ctx;
    store.update({
      arrivals: store.state.arrivals.map((a) => (a.id === id ? { ...a, read: true } : a)),
    });
  }

  /** Whether the beat's call has rung (the latest call, or an earlier one). */
  callRang(beat: string): boolean {
    return this.ctx.store.state.call?.beat === beat || this.rang.has(beat);
  }

  /** Whether a beat has happened for the learner: its message came, or its call stopped ringing. */
  happened(beat: string): boolean {
    return this.ctx.store.state.arrivals.some((a) => a.beat === beat) || this.settled.has(beat);
  }

  /** Moves the latest call as its machine says; an event its state does not take changes nothing. */
  private moveCall(event: CallEvent): void {
    const call = this.ctx.store.state.call;
    if (!call) return;
    const status = callAfter(call.status, event);
    if (status === call.status) return;
    this.settled.add(call.beat);
    this.ctx.log.move('call', event.type, call.status, status);
    this.ctx.store.update({ call: { ...call, status } });
  }

  private push(arrival: Arrival): void {
    this.ctx.store.update({ arrivals: [...this.ctx.store.state.arrivals, arrival] });
  }
}

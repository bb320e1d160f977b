/** XState's clock interface (its `clock` actor option); not exported by name. */
export interface TimerClock {
  setTimeout(fn: (...args: unknown[]) => void, timeout: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * How timers due at the same millisecond are ordered: in the order they were
 * set (the default), or the reverse, which tests use to prove an outcome does
 * not depend on that order.
 */
export type TieOrder = 'set-order' | 'reverse';

interface Timer {
  id: number;
  due: number;
  fn: () => void;
}

/**
 * The one clock of the simulation. It implements XState's `Clock` (the
 * `clock` actor option), so machine timers run on it, and it also serves
 * `now()` to the model.
 *
 * Unlike XState's own SimulatedClock, advancing fires each timer at its own
 * due time, in order: a jump of 20 minutes still expires a code at minute 5,
 * so the audit log stamps the expiry at minute 5 and not at minute 20.
 */
export class SimulatedClock implements TimerClock {
  private current: number;
  private timers = new Map<number, Timer>();
  private nextId = 1;
  private listeners = new Set<(now: number) => void>();

  private readonly ties: TieOrder;

  constructor(startMs = 0, options: { ties?: TieOrder } = {}) {
    if (!Number.isFinite(startMs)) throw new RangeError('The clock must start at a finite time.');
    this.current = startMs;
    this.ties = options.ties ?? 'set-order';
  }

  now(): number {
    return this.current;
  }

  setTimeout(fn: (...args: unknown[]) => void, timeout: number): number {
    const id = this.nextId++;
    const delay = Number.isFinite(timeout) && timeout > 0 ? timeout : 0;
    this.timers.set(id, { id, due: this.current + delay, fn: () => fn() });
    return id;
  }

  clearTimeout(id: unknown): void {
    this.timers.delete(id as number);
  }

  /** When the next timer is due, or null when nothing is scheduled. */
  nextDue(): number | null {
    let best: Timer | null = null;
    for (const t of this.timers.values()) if (!best || this.earlier(t, best)) best = t;
    return best ? best.due : null;
  }

  /** Number of timers waiting; the memory soak watches that it stays bounded. */
  get pendingTimers(): number {
    return this.timers.size;
  }

  /** Moves time forward by `ms`, firing every timer due on the way at its own time. */
  increment(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0)
      throw new RangeError(`Cannot advance the clock by ${ms} ms.`);
    this.set(this.current + ms);
  }

  /** Moves time to `target` (never backwards), firing due timers in order. */
  set(target: number): void {
    this.moveTo(target, true);
  }

  /**
   * Moves time to `target` but leaves the timers due at `target` itself
   * waiting: the race where a person acts in the very millisecond a timer
   * falls due, before it has fired. The model walk uses it to take the
   * machine's transitions for that race; the next move fires them.
   */
  reach(target: number): void {
    this.moveTo(target, false);
  }

  private moveTo(target: number, fireAtTarget: boolean): void {
    if (!Number.isFinite(target)) throw new RangeError(`Cannot set the clock to ${target}.`);
    if (target < this.current) throw new RangeError('The simulated clock cannot go back in time.');
    for (;;) {
      const next = this.takeDue(target, fireAtTarget);
      if (!next) break;
      this.current = next.due;
      next.fn();
    }
    this.current = target;
    for (const l of this.listeners) l(this.current);
  }

  /**
   * Jumps to the next timer and fires that one alone: a step through the
   * simulation one timed event at a time. Timers due at the same moment
   * fire on later steps, in the order they were set.
   */
  advanceToNext(): boolean {
    const due = this.nextDue();
    if (due === null) return false;
    const timer = this.takeDue(due) as Timer;
    this.current = due;
    timer.fn();
    for (const l of this.listeners) l(this.current);
    return true;
  }

  /** Called after every move, for views that show the time. */
  subscribe(listener: (now: number) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private takeDue(limit: number, inclusive = true): Timer | null {
    let best: Timer | null = null;
    for (const t of this.timers.values()) {
      const due = inclusive ? t.due <= limit : t.due < limit;
      if (due && (!best || this.earlier(t, best))) best = t;
    }
    if (best) this.timers.delete(best.id);
    return best;
  }

  // Ties break by creation order (or its reverse), so equal due times fire deterministically.
  private earlier(a: Timer, b: Timer): boolean {
    if (a.due !== b.due) return a.due < b.due;
    return this.ties === 'set-order' ? a.id < b.id : a.id > b.id;
  }
}

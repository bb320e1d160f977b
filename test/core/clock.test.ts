/**
 * The simulated clock: every timer fires at its own due time, in due order,
 * however far time jumps, so the audit log stamps events when they happen.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/core';

const T0 = 1_000_000;

/** A clock whose timers record (name, clock.now()) when they fire. */
function recorder(start = T0) {
  const clock = new SimulatedClock(start);
  const fired: [string, number][] = [];
  const at = (name: string, delay: number) =>
    clock.setTimeout(() => fired.push([name, clock.now()]), delay);
  return { clock, fired, at };
}

describe('SimulatedClock', () => {
  it('starts where it is told and reads the time without moving it', () => {
    const clock = new SimulatedClock(T0);
    expect(clock.now()).toBe(T0);
    expect(clock.now()).toBe(T0);
    expect(new SimulatedClock().now()).toBe(0);
    expect(() => new SimulatedClock(NaN)).toThrow(RangeError);
    expect(() => new SimulatedClock(Infinity)).toThrow(RangeError);
  });

  it('fires each timer at its own due time, in order, across one big jump', () => {
    const { clock, fired, at } = recorder();
    at('c', 30_000);
    at('a', 1_000);
    at('d', 300_000);
    at('b', 5_000);
    clock.increment(20 * 60_000);
    expect(fired).toEqual([
      ['a', T0 + 1_000],
      ['b', T0 + 5_000],
      ['c', T0 + 30_000],
      ['d', T0 + 300_000],
    ]);
    expect(clock.now()).toBe(T0 + 20 * 60_000);
  });

  it('does not fire a timer before its due time, and fires it exactly at it', () => {
    const { clock, fired, at } = recorder();
    at('x', 1_000);
    clock.increment(999);
    expect(fired).toEqual([]);
    clock.increment(1);
    expect(fired).toEqual([['x', T0 + 1_000]]);
  });

  it('fires timers with equal due times in the order they were set', () => {
    const { clock, fired, at } = recorder();
    for (const name of ['first', 'second', 'third', 'fourth']) at(name, 500);
    clock.increment(500);
    expect(fired.map(([name]) => name)).toEqual(['first', 'second', 'third', 'fourth']);
    expect(fired.every(([, t]) => t === T0 + 500)).toBe(true);
  });

  it('treats a negative, NaN or infinite delay as 0', () => {
    const { clock, fired, at } = recorder();
    at('negative', -50);
    at('nan', NaN);
    at('infinite', Infinity);
    expect(fired).toEqual([]); // nothing fires until time moves, even by 0
    clock.increment(0);
    expect(fired).toEqual([
      ['negative', T0],
      ['nan', T0],
      ['infinite', T0],
    ]);
  });

  it('clearTimeout cancels a timer, and ignores unknown ids', () => {
    const { clock, fired, at } = recorder();
    const keep = at('keep', 100);
    const drop = at('drop', 50);
    clock.clearTimeout(drop);
    clock.clearTimeout(9_999);
    clock.clearTimeout(undefined);
    expect(clock.pendingTimers).toBe(1);
    clock.increment(1_000);
    expect(fired).toEqual([['keep', T0 + 100]]);
    clock.clearTimeout(keep); // already fired: nothing happens
    expect(clock.pendingTimers).toBe(0);
  });

  it('a callback can cancel a later timer due in the same jump', () => {
    const { clock, fired, at } = recorder();
    let victim = 0;
    clock.setTimeout(() => {
      fired.push(['canceller', clock.now()]);
      clock.clearTimeout(victim);
    }, 10);
    victim = at('victim', 20);
    clock.increment(100);
    expect(fired).toEqual([['canceller', T0 + 10]]);
  });

  it('refuses to go back in time or by a bad amount', () => {
    const clock = new SimulatedClock(T0);
    expect(() => clock.set(T0 - 1)).toThrow(RangeError);
    expect(() => clock.increment(-1)).toThrow(RangeError);
    expect(() => clock.increment(NaN)).toThrow(RangeError);
    expect(() => clock.increment(Infinity)).toThrow(RangeError);
    expect(() => clock.set(NaN)).toThrow(RangeError);
    expect(() => clock.set(Infinity)).toThrow(RangeError);
    expect(clock.now()).toBe(T0);
    clock.set(T0);
    expect(clock.now()).toBe(T0);
  });

  it('set() moves to an absolute time, firing what is due on the way', () => {
    const { clock, fired, at } = recorder();
    at('a', 100);
    at('b', 300);
    clock.set(T0 + 200);
    expect(fired).toEqual([['a', T0 + 100]]);
    expect(clock.now()).toBe(T0 + 200);
  });

  it('nextDue() names the earliest due time, or null', () => {
    const { clock, at } = recorder();
    expect(clock.nextDue()).toBeNull();
    at('late', 900);
    const early = at('early', 100);
    at('middle', 400);
    expect(clock.nextDue()).toBe(T0 + 100);
    clock.clearTimeout(early);
    expect(clock.nextDue()).toBe(T0 + 400);
    clock.increment(400);
    expect(clock.nextDue()).toBe(T0 + 900);
    clock.increment(500);
    expect(clock.nextDue()).toBeNull();
  });

  it('advanceToNext() fires exactly one timer, and returns false when none is left', () => {
    const { clock, fired, at } = recorder();
    expect(clock.advanceToNext()).toBe(false);
    expect(clock.now()).toBe(T0);
    at('b', 200);
    at('a', 100);
    at('a2', 100);
    expect(clock.advanceToNext()).toBe(true);
    expect(fired).toEqual([['a', T0 + 100]]);
    expect(clock.now()).toBe(T0 + 100);
    expect(clock.advanceToNext()).toBe(true);
    expect(fired.at(-1)).toEqual(['a2', T0 + 100]);
    expect(clock.now()).toBe(T0 + 100);
    expect(clock.advanceToNext()).toBe(true);
    expect(fired.at(-1)).toEqual(['b', T0 + 200]);
    expect(clock.advanceToNext()).toBe(false);
    expect(fired).toHaveLength(3);
    expect(clock.now()).toBe(T0 + 200);
  });

  it('fires a timer set inside a callback within the same jump when it falls due', () => {
    const { clock, fired, at } = recorder();
    clock.setTimeout(() => {
      fired.push(['outer', clock.now()]);
      at('inner-due', 1_000);
      at('inner-now', 0);
      at('inner-late', 10_000);
    }, 1_000);
    at('after', 1_500);
    clock.increment(5_000);
    expect(fired).toEqual([
      ['outer', T0 + 1_000],
      ['inner-now', T0 + 1_000],
      ['after', T0 + 1_500],
      ['inner-due', T0 + 2_000],
    ]);
    expect(clock.pendingTimers).toBe(1);
    expect(clock.nextDue()).toBe(T0 + 11_000);
  });

  it('lets a timer reschedule itself like an interval, firing every period', () => {
    const clock = new SimulatedClock(T0);
    const ticks: number[] = [];
    const tick = () => {
      ticks.push(clock.now());
      if (ticks.length < 5) clock.setTimeout(tick, 30_000);
    };
    clock.setTimeout(tick, 30_000);
    clock.increment(10 * 60_000);
    expect(ticks).toEqual([1, 2, 3, 4, 5].map((k) => T0 + k * 30_000));
  });

  it('subscribe() listeners see the time after each move, until they unsubscribe', () => {
    const { clock, at } = recorder();
    const seen: number[] = [];
    const stop = clock.subscribe((now) => seen.push(now));
    clock.increment(100);
    clock.set(T0 + 500);
    at('x', 250);
    clock.advanceToNext();
    expect(seen).toEqual([T0 + 100, T0 + 500, T0 + 750]);
    stop();
    clock.increment(1);
    expect(seen).toHaveLength(3);
  });

  it('listeners hear once per move, after the timers of that move fired', () => {
    const { clock, fired, at } = recorder();
    at('a', 10);
    at('b', 20);
    const heard: [number, number][] = [];
    clock.subscribe((now) => heard.push([now, fired.length]));
    clock.increment(100);
    expect(heard).toEqual([[T0 + 100, 2]]);
  });

  it('counts pending timers', () => {
    const { clock, at } = recorder();
    expect(clock.pendingTimers).toBe(0);
    at('a', 10);
    const b = at('b', 20);
    at('c', 30);
    expect(clock.pendingTimers).toBe(3);
    clock.clearTimeout(b);
    expect(clock.pendingTimers).toBe(2);
    clock.increment(10);
    expect(clock.pendingTimers).toBe(1);
    clock.advanceToNext();
    expect(clock.pendingTimers).toBe(0);
  });

  it('gives every timer a distinct id', () => {
    const { at } = recorder();
    const ids = Array.from({ length: 100 }, (_, i) => at(String(i), i % 7));
    expect(new Set(ids).size).toBe(100);
  });
});

describe('SimulatedClock property', () => {
  type Op = { kind: 'timer'; delay: number } | { kind: 'move'; ms: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ kind: fc.constant('timer' as const), delay: fc.integer({ min: 0, max: 2_000 }) }),
    fc.record({ kind: fc.constant('move' as const), ms: fc.integer({ min: 0, max: 700 }) }),
  );

  it('fires every timer exactly once, at its due time, in due order', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2_000 }), { minLength: 1, maxLength: 30 }),
        fc.array(op, { maxLength: 40 }),
        (initial, ops) => {
          const clock = new SimulatedClock(T0);
          const due: number[] = [];
          const fired: { i: number; at: number }[] = [];
          const set = (delay: number) => {
            const i = due.length;
            due.push(clock.now() + delay);
            clock.setTimeout(() => fired.push({ i, at: clock.now() }), delay);
          };
          const check = () => {
            // Exactly the timers due by now have fired, each once.
            const firedIds = fired.map((f) => f.i);
            expect(new Set(firedIds).size).toBe(firedIds.length);
            const dueNow = due.flatMap((d, i) => (d <= clock.now() ? [i] : []));
            expect([...firedIds].sort((a, b) => a - b)).toEqual(dueNow);
            expect(clock.pendingTimers).toBe(due.length - fired.length);
          };
          initial.forEach(set);
          for (const o of ops) {
            // Timers fire when time moves; setting one fires nothing, even with delay 0.
            if (o.kind === 'timer') set(o.delay);
            else {
              clock.increment(o.ms);
              check();
            }
          }
          clock.set(Math.max(clock.now(), ...due) + 1);
          check();
          expect(fired).toHaveLength(due.length);
          for (const f of fired) expect(f.at).toBe(due[f.i]);
          for (let k = 1; k < fired.length; k++) {
            const [a, b] = [fired[k - 1]!, fired[k]!];
            expect(b.at).toBeGreaterThanOrEqual(a.at);
            // Equal due times: the timer set first fires first.
            if (a.at === b.at) expect(b.i).toBeGreaterThan(a.i);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('stepping with advanceToNext fires the same timers in the same order as one jump', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1_000 }), { minLength: 1, maxLength: 25 }),
        (delays) => {
          const run = (drive: (clock: SimulatedClock) => void) => {
            const clock = new SimulatedClock(T0);
            const fired: [number, number][] = [];
            delays.forEach((d, i) => clock.setTimeout(() => fired.push([i, clock.now()]), d));
            drive(clock);
            return fired;
          };
          const jumped = run((c) => c.increment(1_000));
          const stepped = run((c) => {
            let steps = 0;
            while (c.advanceToNext()) steps++;
            expect(steps).toBe(delays.length);
          });
          expect(stepped).toEqual(jumped);
        },
      ),
      { numRuns: 200 },
    );
  });
});

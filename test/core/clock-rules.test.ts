/**
 * SimulatedClock's rules as doc/api.md states them: timers due at the same
 * millisecond fire in the order they were set (or its reverse, on request),
 * one per advanceToNext; bad moves are refused with a RangeError that says
 * why. Written to kill the clock's surviving mutants (doc/benchmarks.md).
 */
import { describe, expect, it } from 'vitest';
import { SimulatedClock } from '../../src/core';

function order(ties?: 'set-order' | 'reverse', step = false): string[] {
  const clock = new SimulatedClock(0, ties ? { ties } : {});
  const fired: string[] = [];
  clock.setTimeout(() => fired.push('a@10'), 10);
  clock.setTimeout(() => fired.push('b@5'), 5);
  clock.setTimeout(() => fired.push('c@10'), 10);
  clock.setTimeout(() => fired.push('d@10'), 10);
  if (step) while (clock.advanceToNext());
  else clock.set(20);
  return fired;
}

describe('SimulatedClock tie order', () => {
  it('fires earlier due times first, ties in the order they were set', () => {
    expect(order()).toEqual(['b@5', 'a@10', 'c@10', 'd@10']);
    expect(order('set-order', true)).toEqual(['b@5', 'a@10', 'c@10', 'd@10']);
  });

  it('with ties reversed, still earlier due times first, ties last-set first', () => {
    expect(order('reverse')).toEqual(['b@5', 'd@10', 'c@10', 'a@10']);
    expect(order('reverse', true)).toEqual(['b@5', 'd@10', 'c@10', 'a@10']);
  });

  it('a timer set with no delay is due now, not later', () => {
    const clock = new SimulatedClock(100);
    let fired = false;
    clock.setTimeout(() => (fired = true), 0);
    expect(clock.nextDue()).toBe(100);
    clock.increment(0);
    expect(fired).toBe(true);
  });
});

describe('SimulatedClock refuses bad moves, saying why', () => {
  it('a start that is not a finite time', () => {
    expect(() => new SimulatedClock(Number.NaN)).toThrow(
      new RangeError('The clock must start at a finite time.'),
    );
  });

  it('a negative or non-finite step', () => {
    const clock = new SimulatedClock(0);
    expect(() => clock.increment(-1)).toThrow(new RangeError('Cannot advance the clock by -1 ms.'));
    expect(() => clock.increment(Number.POSITIVE_INFINITY)).toThrow(
      new RangeError('Cannot advance the clock by Infinity ms.'),
    );
    expect(clock.now()).toBe(0);
  });

  it('a target that is not finite, or in the past', () => {
    const clock = new SimulatedClock(50);
    expect(() => clock.set(Number.NaN)).toThrow(new RangeError('Cannot set the clock to NaN.'));
    expect(() => clock.set(49)).toThrow(
      new RangeError('The simulated clock cannot go back in time.'),
    );
    expect(clock.now()).toBe(50);
  });
});

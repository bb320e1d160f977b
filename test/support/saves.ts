import { recordPlay } from '../../src/core';
import type { Saved } from '../../src/core';
import type { RunOutcome } from '../../src/core/scenario/outcome';

let clock = Date.UTC(2026, 10, 28, 9, 0);

/** A play recorded as the sandbox records one: a second after the one before, no red flags. */
export function play(saved: Saved, id: string, outcome: RunOutcome, score: number): Saved {
  clock += 1000;
  return recordPlay(saved, id, outcome, score, { at: clock, flags: null });
}

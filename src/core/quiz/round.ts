import { SeededRandom } from '../random';
import type { RandomSource } from '../random';
import { SITUATIONS } from './situations';
import type { Situation, Verdict } from './situations';

/** A round holds 8 to 12 situations. */
export const MIN_ROUND = 8;
export const MAX_ROUND = 12;

/**
 * One round of "Real or scam?": the situations drawn for a seed, in order,
 * and the learner's answers so far (one per situation, in the same order).
 * A round is a plain value; `answer` returns a new one.
 */
export interface Round {
  seed: number;
  items: readonly Situation[];
  answers: readonly Verdict[];
}

/** The learner's answer to one situation, and whether it was right. */
export interface Answered {
  index: number;
  situation: Situation;
  verdict: Verdict;
  correct: boolean;
}

export interface Tally {
  total: number;
  answered: number;
  right: number;
  /** Scams the learner called real: the costly mistake. */
  scamsMissed: number;
  /** Genuine messages the learner called a scam: the safe mistake. */
  realDoubted: number;
  done: boolean;
}

/** Fisher–Yates with the given source: every order equally likely. */
function shuffle<T>(xs: readonly T[], random: RandomSource): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = random.below(i + 1);
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Draws the round a seed names: its length (8 to 12), then about half
 * scams and half genuine (never all of one kind), picked and shuffled with
 * core's seeded generator. The same seed always gives the same round, so a
 * trainer can give a whole room one round by link. A trainer's situations
 * (`own`, from one of their scenarios: `ownSituations`) are all in the
 * round, and the rest is drawn from `pool`; without them a seed draws the
 * round it always has.
 */
export function drawRound(
  seed: number,
  pool: readonly Situation[] = SITUATIONS,
  own: readonly Situation[] = [],
): Round {
  const random = new SeededRandom(seed);
  const ownOf = (kind: Verdict) => own.filter((s) => s.kind === kind);
  const drawn = (kind: Verdict) =>
    shuffle(
      pool.filter((s) => s.kind === kind),
      random,
    );
  // A trainer's come first, so every one of them is picked.
  const real = [...ownOf('real'), ...drawn('real')];
  const scam = [...ownOf('scam'), ...drawn('scam')];
  const most = Math.min(MAX_ROUND, real.length + scam.length);
  const size = Math.min(most, MIN_ROUND + random.below(MAX_ROUND - MIN_ROUND + 1));
  // Half and half, give or take one; never more than a kind has, never none of a kind,
  // and room for each of the trainer's.
  const atLeast = Math.max(1, ownOf('scam').length, size - real.length);
  const atMost = Math.min(scam.length, size - Math.max(1, ownOf('real').length));
  const scams = Math.max(atLeast, Math.min(Math.floor(size / 2) + random.below(2), atMost));
  const items = shuffle([...scam.slice(0, scams), ...real.slice(0, size - scams)], random);
  return { seed, items, answers: [] };
}

/** The situation waiting for an answer, or null once every one is answered. */
export function current(round: Round): Situation | null {
  return round.items[round.answers.length] ?? null;
}

/** Answers the current situation; a finished round is returned as it is. */
export function answer(round: Round, verdict: Verdict): Round {
  if (current(round) === null) return round;
  return { ...round, answers: [...round.answers, verdict] };
}

/** Every answer so far, with whether it was right. */
export function answered(round: Round): Answered[] {
  return round.answers.map((verdict, index) => {
    const situation = round.items[index]!;
    return { index, situation, verdict, correct: verdict === situation.kind };
  });
}

/** The newest answer (what the view explains at once), or null before the first. */
export function lastAnswer(round: Round): Answered | null {
  return answered(round).at(-1) ?? null;
}

export function tally(round: Round): Tally {
  const all = answered(round);
  return {
    total: round.items.length,
    answered: all.length,
    right: all.filter((a) => a.correct).length,
    scamsMissed: all.filter((a) => a.situation.kind === 'scam' && a.verdict === 'real').length,
    realDoubted: all.filter((a) => a.situation.kind === 'real' && a.verdict === 'scam').length,
    done: all.length === round.items.length,
  };
}

/** A message split around its cue, so a view can mark the cue (null parts when it is not found). */
export interface CueParts {
  before: string;
  cue: string;
  after: string;
}

export function cueParts(body: string, cue: string): CueParts | null {
  const at = cue === '' ? -1 : body.indexOf(cue);
  if (at < 0) return null;
  return { before: body.slice(0, at), cue, after: body.slice(at + cue.length) };
}

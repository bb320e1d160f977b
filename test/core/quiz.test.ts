/**
 * "Real or scam?" (issue 11): a shuffled round of 8–12 short situations from
 * the library, genuine and scam mixed, answered one by one, with the cue
 * shown at once and a tally at the end; seeded, so one link gives a room the
 * same round. Expected values come from that description and doc/api.md.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { enQuiz, enQuizSources, quizText } from '../../src/core/i18n/en-quiz';
import { documentToScenario } from '../../src/core/scenario/document';
import {
  MAX_ROUND,
  MIN_ROUND,
  SITUATIONS,
  answer,
  answered,
  cueParts,
  current,
  drawRound,
  formatQuizLink,
  isQuizHash,
  lastAnswer,
  ownSituations,
  parseQuizLink,
  tally,
} from '../../src/core/quiz';
import type { Round, Verdict } from '../../src/core/quiz';
import { MAX_SEED } from '../../src/core/seed';
import { isBuiltInScenario } from '../../src/core/scenario/library';

const seeds = fc.integer({ min: 1, max: MAX_SEED });

/** What every round is: 8 to 12 different situations, both kinds in it. */
function expectFairRound(round: Round): void {
  expect(round.items.length).toBeGreaterThanOrEqual(MIN_ROUND);
  expect(round.items.length).toBeLessThanOrEqual(MAX_ROUND);
  expect(new Set(round.items.map((s) => s.id)).size).toBe(round.items.length);
  const scams = round.items.filter((s) => s.kind === 'scam').length;
  expect(scams).toBeGreaterThan(0);
  expect(scams).toBeLessThan(round.items.length);
}

/** Answers every situation of a round with `pick`. */
function play(round: Round, pick: (kind: Verdict) => Verdict): Round {
  let r = round;
  for (let c = current(r); c !== null; c = current(r)) r = answer(r, pick(c.kind));
  return r;
}

describe('the situations', () => {
  it('each comes from a library scenario, with its words, and its cue is a part of them', () => {
    expect(SITUATIONS.length).toBeGreaterThanOrEqual(MAX_ROUND);
    expect(new Set(SITUATIONS.map((s) => s.id)).size).toBe(SITUATIONS.length);
    for (const s of SITUATIONS) {
      expect(isBuiltInScenario(s.scenario), s.id).toBe(true);
      const t = enQuiz[s.id];
      expect(t.context.length, s.id).toBeGreaterThan(10);
      expect(t.why.length, s.id).toBeGreaterThan(20);
      expect(t.body.includes(t.cue) && t.cue.length > 3, `${s.id}: cue in body`).toBe(true);
    }
    expect(Object.keys(enQuiz).sort()).toEqual(SITUATIONS.map((s) => s.id).sort());
  });

  it('has enough of each kind for a round of 12, half and half', () => {
    for (const kind of ['real', 'scam'] as const) {
      expect(SITUATIONS.filter((s) => s.kind === kind).length).toBeGreaterThanOrEqual(
        MAX_ROUND / 2 + 1,
      );
    }
  });

  it('nothing a learner sees before answering gives the answer away', () => {
    for (const s of SITUATIONS) {
      const t = enQuiz[s.id];
      // No labels in the words (the why, shown after, may say it).
      expect(`${t.context} ${t.body}`, s.id).not.toMatch(/\bscam|\bfake|\bgenuine|\bphish/i);
      expect(s, s.id).not.toHaveProperty('title');
    }
    // The sender proves nothing: some scams show the shop's name, as real texts do.
    const senders = (kind: Verdict) =>
      new Set(SITUATIONS.filter((s) => s.kind === kind).map((s) => `${s.channel}:${s.from}`));
    const shared = [...senders('scam')].filter((x) => senders('real').has(x));
    expect(shared).toContain('sms:Larkspur');
    // Each way a scam arrives, a genuine situation arrives too.
    const channels = (kind: Verdict) =>
      new Set(SITUATIONS.filter((s) => s.kind === kind).map((s) => s.channel));
    for (const c of channels('scam')) expect(channels('real').has(c), c).toBe(true);
  });

  it('only made-up addresses and drama numbers; every source cited is in doc/sources.md', () => {
    const all = JSON.stringify(enQuiz) + JSON.stringify(SITUATIONS);
    expect(all.match(/\b[a-z0-9-]+\.(?:com|co\.uk|org|net|uk|io)\b/gi) ?? []).toEqual([]);
    for (const n of all.match(/\+\d[\d ]{8,}\d/g) ?? []) expect(n).toMatch(/^\+44 7700 900\d{3}$/);
    for (const url of all.match(/[a-z0-9-]+\.example\b/g) ?? []) expect(url).toMatch(/\.example$/);
    const listed = new Set(
      [...readFileSync('doc/sources.md', 'utf8').matchAll(/^### `([^`]+)`/gm)].map((m) => m[1]),
    );
    for (const s of SITUATIONS) {
      expect(enQuizSources[s.id].length, s.id).toBeGreaterThan(0);
      for (const key of enQuizSources[s.id]) expect(listed.has(key), `${s.id}: ${key}`).toBe(true);
    }
  });
});

describe('a round', () => {
  it('the same seed gives the same round; every round has 8–12 different situations of both kinds', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const round = drawRound(seed);
        expect(drawRound(seed)).toEqual(round);
        expect(round.seed).toBe(seed);
        expectFairRound(round);
        for (const s of round.items) expect(SITUATIONS).toContain(s);
      }),
      { numRuns: 500 },
    );
  });

  it('different seeds give different rounds: every length from 8 to 12, and many orders', () => {
    const rounds = Array.from({ length: 200 }, (_, i) => drawRound(i + 1));
    expect(new Set(rounds.map((r) => r.items.length))).toEqual(new Set([8, 9, 10, 11, 12]));
    expect(new Set(rounds.map((r) => r.items.map((s) => s.id).join())).size).toBeGreaterThan(190);
    // Every situation turns up, and each kind comes first in some rounds.
    expect(new Set(rounds.flatMap((r) => r.items.map((s) => s.id))).size).toBe(SITUATIONS.length);
    expect(new Set(rounds.map((r) => r.items[0]!.kind))).toEqual(new Set(['real', 'scam']));
  });

  it('even from a small pool, a round keeps both kinds', () => {
    const pool = [
      ...SITUATIONS.filter((s) => s.kind === 'real').slice(0, 1),
      ...SITUATIONS.filter((s) => s.kind === 'scam'),
    ];
    fc.assert(
      fc.property(seeds, (seed) => {
        const r = drawRound(seed, pool);
        expect(r.items.filter((s) => s.kind === 'real')).toHaveLength(1);
        expect(r.items.length).toBeGreaterThanOrEqual(MIN_ROUND);
      }),
      { numRuns: 100 },
    );
  });
});

describe('a round with a trainer’s situations', () => {
  /** A trainer's scenario as a document gives it: 0 to 4 situations, ids of its own. */
  const ownScenario = fc
    .uniqueArray(
      fc.record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        kind: fc.constantFrom<Verdict>('real', 'scam'),
      }),
      { selector: (x) => x.id, minLength: 1, maxLength: 4 },
    )
    .map((xs) => ({
      id: 'my-scenario',
      situations: xs.map((x) => ({ ...x, channel: 'sms' as const, from: 'Someone' })),
    }));

  it('holds every one of the trainer’s situations, and keeps its length and both kinds', () => {
    fc.assert(
      fc.property(seeds, ownScenario, (seed, scenario) => {
        const own = ownSituations(scenario);
        const round = drawRound(seed, SITUATIONS, own);
        expect(drawRound(seed, SITUATIONS, own)).toEqual(round);
        for (const s of own) expect(round.items).toContainEqual(s);
        expectFairRound(round);
      }),
      { numRuns: 500 },
    );
  });

  it('names each situation by its scenario, so none can take a built-in’s words', () => {
    const [situation] = ownSituations({
      id: 'my-prize',
      situations: [{ id: 'sign-in-code', kind: 'real', channel: 'sms', from: 'Larkspur' }],
    });
    expect(situation).toEqual({
      id: 'my-prize/sign-in-code',
      scenario: 'my-prize',
      kind: 'real',
      channel: 'sms',
      from: 'Larkspur',
    });
    expect(ownSituations({ id: 'my-prize' })).toEqual([]);
  });

  it('finds a trainer’s situation’s words in its scenario’s texts, once they are registered', () => {
    const doc = JSON.parse(readFileSync('doc/examples/scenario-example.json', 'utf8'));
    const imported = documentToScenario(doc);
    if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
    const [scam] = ownSituations(imported.scenario);
    expect(scam).toMatchObject({ id: 'voucher-prize/prize-text', kind: 'scam', channel: 'sms' });
    expect(() => quizText(scam!.id)).toThrow(
      'No words for the situation "voucher-prize/prize-text".',
    );
    imported.register();
    const words = quizText(scam!.id);
    expect(words).toEqual(doc.texts.en.situations['prize-text']);
    expect(cueParts(words.body, words.cue)).not.toBeNull();
    expect(() => quizText('voucher-prize/no-such')).toThrow('No words');
  });

  // Rounds already given out by link must stay the same: these are the rounds
  // these seeds drew before trainers' situations joined (commit 79955af).
  it.each([
    [
      1,
      'verify-call,cancel-call,reset-email,refund-call,card-notice,email-change-code,phone-notice,reply-text,friend-text,stranger-text,payment-code',
    ],
    [
      42,
      'early-courier,phone-notice,refund-call,sign-in-code,friend-text,fake-alert,card-notice,email-change-code,reply-text,payment-code',
    ],
    [
      20261127,
      'fake-alert,friend-text,reset-email,early-courier,link-text,refund-call,phone-notice,sign-in-code',
    ],
    [
      2147483647,
      'real-alert,payment-code,cancel-call,reply-text,courier-door,link-text,verify-call,refund-call,friend-text,reset-email,phone-notice,email-change-code',
    ],
  ])('seed %i still draws the round it always has', (seed, ids) => {
    expect(
      drawRound(seed)
        .items.map((s) => s.id)
        .join(),
    ).toBe(ids);
  });
});

describe('answering and the tally', () => {
  it('each answer is judged at once; the tally counts right answers and both kinds of mistake', () => {
    const round = drawRound(42);
    const first = current(round)!;
    const wrong: Verdict = first.kind === 'scam' ? 'real' : 'scam';
    let r = answer(round, wrong);
    expect(lastAnswer(r)).toEqual({ index: 0, situation: first, verdict: wrong, correct: false });
    expect(current(r)).toBe(round.items[1]);
    r = play(r, (kind) => kind);
    const t = tally(r);
    expect(t).toEqual({
      total: round.items.length,
      answered: round.items.length,
      right: round.items.length - 1,
      scamsMissed: first.kind === 'scam' ? 1 : 0,
      realDoubted: first.kind === 'real' ? 1 : 0,
      done: true,
    });
    expect(current(r)).toBeNull();
    // A finished round takes no more answers.
    expect(answer(r, 'scam')).toBe(r);
  });

  it('always "scam": every genuine one doubted, no scam missed; never changes the round drawn', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        const round = drawRound(seed);
        const all = play(round, () => 'scam');
        const reals = round.items.filter((s) => s.kind === 'real').length;
        expect(tally(all)).toMatchObject({
          right: round.items.length - reals,
          realDoubted: reals,
          scamsMissed: 0,
          done: true,
        });
        expect(all.items).toBe(round.items);
        expect(answered(all).map((a) => a.index)).toEqual(round.items.map((_, i) => i));
      }),
      { numRuns: 100 },
    );
  });

  it('before any answer: nothing answered, nothing right, not done', () => {
    const r = drawRound(7);
    expect(lastAnswer(r)).toBeNull();
    expect(tally(r)).toMatchObject({ answered: 0, right: 0, done: false });
  });
});

describe('the cue', () => {
  it('splits a message around its cue, word for word', () => {
    expect(cueParts('Read me the six digits now.', 'six digits')).toEqual({
      before: 'Read me the ',
      cue: 'six digits',
      after: ' now.',
    });
    expect(cueParts('Hello', 'bye')).toBeNull();
    expect(cueParts('Hello', '')).toBeNull();
    for (const s of SITUATIONS) {
      const { body, cue } = enQuiz[s.id];
      const parts = cueParts(body, cue)!;
      expect(parts.before + parts.cue + parts.after).toBe(body);
    }
  });
});

describe('the round’s link', () => {
  it('names its seed, and reads back to it', () => {
    fc.assert(
      fc.property(seeds, (seed) => {
        expect(parseQuizLink(formatQuizLink(seed))).toEqual({ ok: true, seed, scenario: null });
        expect(parseQuizLink(formatQuizLink(seed, 'my-prize'))).toEqual({
          ok: true,
          seed,
          scenario: 'my-prize',
        });
      }),
    );
    expect(formatQuizLink(7)).toBe('#/real-or-scam?seed=7');
    expect(formatQuizLink(7, 'voucher-prize')).toBe('#/real-or-scam?seed=7&scenario=voucher-prize');
    expect(formatQuizLink(null, 'voucher-prize')).toBe('#/real-or-scam?scenario=voucher-prize');
    expect(formatQuizLink(null)).toBe('#/real-or-scam');
    expect(parseQuizLink('#/real-or-scam')).toEqual({ ok: true, seed: null, scenario: null });
    expect(parseQuizLink('#/real-or-scam?scenario=a-b&seed=3')).toEqual({
      ok: true,
      seed: 3,
      scenario: 'a-b',
    });
    expect(isQuizHash('#/real-or-scam?seed=3')).toBe(true);
    expect(isQuizHash('#/real-or-scammer')).toBe(false);
    expect(isQuizHash('#/play/new-device')).toBe(false);
  });

  it.each([
    ['#/real-or-scam?seed=abc', 'seed-not-integer', 'abc'],
    ['#/real-or-scam?seed=1.5', 'seed-not-integer', '1.5'],
    ['#/real-or-scam?seed=', 'seed-not-integer', ''],
    ['#/real-or-scam?seed=0', 'seed-out-of-range', '0'],
    ['#/real-or-scam?seed=-4', 'seed-out-of-range', '-4'],
    ['#/real-or-scam?seed=2147483648', 'seed-out-of-range', '2147483648'],
    ['#/real-or-scam?policy=nist', 'unknown-parameter', 'policy'],
    ['#/real-or-scam?__proto__=1', 'unknown-parameter', '__proto__'],
    ['#/real-or-scam?seed=1&seed=2', 'malformed', 'seed=2'],
    ['#/real-or-scam?seed=%E0', 'malformed', 'seed=%E0'],
    // A trainer's scenario is named by its id: lower-case words and hyphens, at most 40.
    ['#/real-or-scam?scenario=My%20Prize', 'unknown-scenario', 'My Prize'],
    ['#/real-or-scam?scenario=', 'unknown-scenario', ''],
    ['#/real-or-scam?scenario=a--b', 'unknown-scenario', 'a--b'],
    [`#/real-or-scam?scenario=${'a'.repeat(41)}`, 'unknown-scenario', 'a'.repeat(41)],
    ['#/real-or-scam?scenario=a&scenario=b', 'malformed', 'scenario=b'],
    ['#/play/new-device', 'malformed', '#/play/new-device'],
  ])('refuses %s with %s', (hash, error, detail) => {
    expect(parseQuizLink(hash)).toEqual({ ok: false, error, detail });
  });

  it('refuses a link far too long before reading it', () => {
    const hash = `#/real-or-scam?seed=${'1'.repeat(3000)}`;
    expect(parseQuizLink(hash)).toMatchObject({ ok: false, error: 'too-long' });
  });

  it('never throws: any text parses to a seed or a named refusal', () => {
    fc.assert(
      fc.property(fc.string(), (tail) => {
        const r = parseQuizLink(`#/real-or-scam?${tail}`);
        if (r.ok) {
          expect(r.seed === null || (r.seed >= 1 && r.seed <= MAX_SEED)).toBe(true);
          expect(r.scenario === null || /^[a-z0-9]+(-[a-z0-9]+)*$/.test(r.scenario)).toBe(true);
        } else expect(r.error).toMatch(/^[a-z-]+$/);
      }),
    );
  });
});

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySave, mergeSaves, parseSave, recordPlay, type Saved } from '../../src/core';
import { play } from '../support/saves';
import { PRESET_IDS } from '../../src/core/policy';
import {
  MAX_PLAYS,
  MAX_SAVE_BYTES,
  MAX_SCENARIO_ID_LENGTH,
  type Play,
  type ScenarioProgress,
} from '../../src/core/progress';
import { MAX_FLAGS, MAX_PLAY_TIME } from '../../src/core/schema/save';
import { REGIONS } from '../../src/core/region';
import { RUN_OUTCOMES } from '../../src/core/scenario/outcome';
import { SCENARIO_IDS } from '../support/builtins';

const save = (progress: Record<string, unknown>, settings: unknown = { policy: 'retail' }) =>
  JSON.stringify({ version: 1, settings, progress });

describe('saved progress', () => {
  it('round-trips a save', () => {
    const s = play(
      play(emptySave(), 'new-device', 'completed', 93),
      'new-device',
      'locked-out',
      40,
    );
    expect(s.progress['new-device']).toEqual({ plays: 2, best: 93, last: 'locked-out' });
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, saved: s, dropped: [] });
  });

  it('starts fresh with nothing saved', () => {
    expect(parseSave(null)).toEqual({ ok: true, saved: emptySave(), dropped: [] });
  });

  // The bug of issue 10: a finished scam scenario made the whole save invalid.
  it.each(RUN_OUTCOMES)('reads back a play that ended %s, with every other entry', (outcome) => {
    const s = play(play(emptySave(), 'scam-call', outcome, 80), 'new-device', 'safe', 100);
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, saved: s, dropped: [] });
  });

  it.each([
    ['{not json', 'corrupt', /not JSON/],
    ['[]', 'corrupt', /^save: must be a save, an object \(it is a list of 0\)\.$/],
    ['null', 'corrupt', /^save: must be a save, an object \(it is null\)\.$/],
    ['"text"', 'corrupt', /^save: must be a save, an object \(it is "text"\)\.$/],
    [
      JSON.stringify({ version: 3, settings: { policy: 'retail' }, progress: {} }),
      'unknown-version',
      /^version: must be 1 or 2, a save version this sandbox reads \(it is 3\)\.$/,
    ],
    [
      JSON.stringify({ settings: { policy: 'retail' }, progress: {} }),
      'unknown-version',
      /^version: is missing\.$/,
    ],
    [
      JSON.stringify({ version: 1, settings: { policy: 'retail' }, progress: [] }),
      'invalid',
      /^progress: must be an object of scenario progress \(it is a list of 0\)\.$/,
    ],
    [' '.repeat(MAX_SAVE_BYTES + 1), 'corrupt', new RegExp(`at most ${MAX_SAVE_BYTES} bytes`)],
  ])('resets %s as %s, with a message', (text, problem, error) => {
    const r = parseSave(text);
    expect(r).toEqual({ ok: false, saved: emptySave(), problem, error: expect.any(String) });
    if (!r.ok) expect(r.error).toMatch(error);
  });

  it.each([
    [
      'a negative play count',
      { plays: -1, best: 5, last: 'safe' },
      'plays: must be a whole number',
    ],
    [
      'a score over 100',
      { plays: 1, best: 500, last: 'safe' },
      'best: must be a score from 0 to 100',
    ],
    ['an unknown outcome', { plays: 1, best: 5, last: 'won' }, 'last: must be one of completed'],
    ['no entry at all', null, 'must be a scenario’s progress, an object'],
  ])('drops only the entry with %s, and keeps the good ones', (_label, bad, problem) => {
    const good = { plays: 3, best: 90, last: 'foiled' };
    const r = parseSave(save({ 'scam-call': good, 'new-device': bad, refund: good }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.saved.progress).toEqual({ 'scam-call': good, refund: good });
    expect(r.dropped).toEqual([
      { kind: 'progress', id: 'new-device', problem: expect.stringContaining(problem) },
    ]);
    expect(r.dropped[0]?.problem).toMatch(/^progress\["new-device"\]/);
  });

  it('drops unreadable settings alone: the policy goes back to the default, progress stays', () => {
    const good = { plays: 1, best: 100, last: 'safe' };
    const r = parseSave(save({ refund: good }, { policy: 'lax' }));
    expect(r).toEqual({
      ok: true,
      saved: {
        version: 2,
        settings: { policy: 'retail', region: 'uk' },
        progress: { refund: good },
        history: [],
      },
      dropped: [
        {
          kind: 'settings',
          field: 'policy',
          problem: 'settings.policy: must be one of retail, nist, strict, weak (it is "lax").',
        },
      ],
    });
  });

  it('a save from before the region setting loads whole, in the UK (the documented default)', () => {
    const good = { plays: 2, best: 80, last: 'foiled' };
    const r = parseSave(save({ 'scam-call': good }, { policy: 'strict' }));
    expect(r).toEqual({
      ok: true,
      saved: {
        version: 2,
        settings: { policy: 'strict', region: 'uk' },
        progress: { 'scam-call': good },
        history: [],
      },
      dropped: [],
    });
  });

  it('a corrupt region goes back to the UK alone: the policy and progress stay, and it is named', () => {
    const good = { plays: 1, best: 100, last: 'safe' };
    for (const region of ['mars', 7, null, ['us'], { uk: true }, 'UK']) {
      const r = parseSave(save({ refund: good }, { policy: 'nist', region }));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.saved.settings).toEqual({ policy: 'nist', region: 'uk' });
      expect(r.saved.progress).toEqual({ refund: good });
      expect(r.dropped).toEqual([
        {
          kind: 'settings',
          field: 'region',
          problem: expect.stringMatching(/^settings\.region: must be one of uk, us, elsewhere/),
        },
      ]);
    }
  });

  it('a bad policy keeps a good region', () => {
    const r = parseSave(save({}, { policy: 'lax', region: 'us' }));
    expect(r.ok && r.saved.settings).toEqual({ policy: 'retail', region: 'us' });
    expect(r.ok && r.dropped.map((d) => d.kind === 'settings' && d.field)).toEqual(['policy']);
  });

  it('settings that are not an object drop both fields, each named, and keep the progress', () => {
    const good = { plays: 1, best: 100, last: 'safe' };
    const r = parseSave(save({ refund: good }, 'uk'));
    expect(r.ok && r.saved.settings).toEqual({ policy: 'retail', region: 'uk' });
    expect(r.ok && r.saved.progress).toEqual({ refund: good });
    expect(r.ok && r.dropped.map((d) => d.kind === 'settings' && d.field)).toEqual([
      'policy',
      'region',
    ]);
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseSave(text);
        // Whatever was read is kept as the newest version (doc/api.md, "Saved progress").
        expect(r.saved.version).toBe(2);
      }),
    );
  });

  it('merges two tabs: the larger play count and the better score win', () => {
    const base = play(emptySave(), 'a', 'completed', 50);
    const tab1: Saved = play(base, 'a', 'completed', 90);
    const tab2: Saved = play(play(base, 'b', 'safe', 100), 'b', 'safe', 70);
    const merged = mergeSaves(tab1, tab2);
    expect(merged.progress.a).toEqual({ plays: 2, best: 90, last: 'completed' });
    expect(merged.progress.b).toEqual({ plays: 2, best: 100, last: 'safe' });
  });
});

// ---------------------------------------------------------------- properties

/** Scenario ids: the real ones, names Object.prototype has, and any text of 1 to 100 UTF-16 units. */
const scenarioId = fc.oneof(
  fc.constantFrom(...SCENARIO_IDS),
  fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf'),
  fc.constantFrom(
    '日本語のシナリオ',
    '🔐 emoji',
    'new-device ',
    ' ',
    '"quoted"',
    'a.b[0]',
    '\u0000',
  ),
  fc
    .string({ unit: 'binary', minLength: 1, maxLength: MAX_SCENARIO_ID_LENGTH })
    .filter((s) => s.length <= MAX_SCENARIO_ID_LENGTH),
);

const entry: fc.Arbitrary<ScenarioProgress> = fc.record({
  plays: fc.oneof(fc.nat({ max: 1000 }), fc.constant(MAX_PLAYS), fc.nat({ max: MAX_PLAYS })),
  best: fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 0, max: 100, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  ),
  last: fc.constantFrom(...RUN_OUTCOMES),
});

/** A progress record the way the sandbox keeps one: no prototype, so any id is only a name. */
function record(pairs: [string, ScenarioProgress][]): Record<string, ScenarioProgress> {
  const r: Record<string, ScenarioProgress> = Object.create(null);
  for (const [id, p] of pairs) r[id] = p;
  return r;
}

/** The regions issue 11 asks for: the UK, the US, and elsewhere. */
const SPEC_REGIONS = ['uk', 'us', 'elsewhere'] as const;

/** A play as the history keeps it: any outcome, score, flags (found ≤ there) and time. */
const playRecord: fc.Arbitrary<Play> = fc.record({
  scenario: scenarioId,
  outcome: fc.constantFrom(...RUN_OUTCOMES),
  score: fc.oneof(
    fc.integer({ min: 0, max: 100 }),
    fc.double({ min: 0, max: 100, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n)),
  ),
  flags: fc.oneof(
    fc.constant(null),
    fc
      .tuple(fc.nat({ max: MAX_FLAGS }), fc.nat({ max: MAX_FLAGS }))
      .map(([x, y]) => ({ found: Math.min(x, y), there: Math.max(x, y) })),
  ),
  at: fc.oneof(fc.nat({ max: MAX_PLAY_TIME }), fc.integer({ min: 1.7e12, max: 1.9e12 })),
});

const saved: fc.Arbitrary<Saved> = fc.record({
  version: fc.constant(2 as const),
  settings: fc.record({
    policy: fc.constantFrom(...PRESET_IDS),
    region: fc.constantFrom(...SPEC_REGIONS),
  }),
  progress: fc
    .uniqueArray(fc.tuple(scenarioId, entry), { selector: ([id]) => id, maxLength: 25 })
    .map(record),
  // Oldest first, as the sandbox keeps them.
  history: fc
    .array(playRecord, { maxLength: 30 })
    .map((plays) => plays.sort((a, b) => a.at - b.at)),
});

const serialise = (s: Saved) => JSON.stringify(s);

describe('saved progress: properties', () => {
  it('every outcome, every preset and any scenario id round-trip: serialise → parseSave gives the save back', () => {
    fc.assert(
      fc.property(saved, (s) => {
        const r = parseSave(serialise(s));
        expect(r).toEqual({ ok: true, saved: s, dropped: [] });
        if (r.ok)
          expect(Object.keys(r.saved.progress).sort()).toEqual(Object.keys(s.progress).sort());
      }),
      { numRuns: 500 },
    );
  });

  it('covers every outcome, every preset and every region in the generated saves', () => {
    const seen = {
      outcomes: new Set<string>(),
      presets: new Set<string>(),
      regions: new Set<string>(),
    };
    fc.assert(
      fc.property(saved, (s) => {
        seen.presets.add(s.settings.policy);
        seen.regions.add(s.settings.region);
        for (const p of Object.values(s.progress)) seen.outcomes.add(p.last);
      }),
      { numRuns: 300 },
    );
    expect([...seen.outcomes].sort()).toEqual([...RUN_OUTCOMES].sort());
    expect([...seen.presets].sort()).toEqual([...PRESET_IDS].sort());
    expect([...seen.regions].sort()).toEqual([...SPEC_REGIONS].sort());
    expect([...REGIONS].sort()).toEqual([...SPEC_REGIONS].sort());
  });

  it('an id like __proto__ or constructor is only a name: nothing is polluted', () => {
    const s = play(play(emptySave(), '__proto__', 'foiled', 100), 'constructor', 'safe', 50);
    const r = parseSave(serialise(s));
    expect(r.ok && Object.keys(r.saved.progress)).toEqual(['__proto__', 'constructor']);
    expect(({} as Record<string, unknown>).plays).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('last');
    // A fresh id named after Object.prototype's members starts at 1 play, never NaN.
    expect(play(emptySave(), 'toString', 'safe', 10).progress.toString).toEqual({
      plays: 1,
      best: 10,
      last: 'safe',
    });
  });

  it('recordPlay adds one play, keeps the best score and the last outcome, touches nothing else', () => {
    fc.assert(
      fc.property(
        saved,
        scenarioId,
        fc.constantFrom(...RUN_OUTCOMES),
        fc.integer({ min: 0, max: 100 }),
        (s, id, outcome, score) => {
          const copy = JSON.stringify(s);
          const before = Object.hasOwn(s.progress, id) ? s.progress[id] : undefined;
          // Now: no earlier than any play kept, and a time a date can show.
          const at = Math.min(MAX_PLAY_TIME, Math.max(0, ...s.history.map((p) => p.at)) + 1);
          const after = recordPlay(s, id, outcome, score, { at, flags: null });
          expect(JSON.stringify(s)).toBe(copy); // the old save is not changed
          // The history gains this play, at its end (the newest), and keeps the others.
          expect(after.history).toEqual([
            ...s.history,
            { scenario: id, outcome, score, flags: null, at },
          ]);
          expect(after.progress[id]).toEqual({
            plays: Math.min((before?.plays ?? 0) + 1, MAX_PLAYS),
            best: Math.max(before?.best ?? 0, score),
            last: outcome,
          });
          for (const other of Object.keys(s.progress)) {
            if (other !== id) expect(after.progress[other]).toEqual(s.progress[other]);
          }
          expect(after.settings).toEqual(s.settings);
          // What recordPlay writes is always a save that reads back whole.
          expect(parseSave(serialise(after))).toEqual({ ok: true, saved: after, dropped: [] });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('mergeSaves loses nothing: every id of both, the larger count, the better score, idempotent', () => {
    fc.assert(
      fc.property(saved, saved, (a, b) => {
        const m = mergeSaves(a, b);
        const ids = new Set([...Object.keys(a.progress), ...Object.keys(b.progress)]);
        expect(new Set(Object.keys(m.progress))).toEqual(ids);
        for (const id of ids) {
          const p = Object.hasOwn(a.progress, id) ? a.progress[id] : undefined;
          const q = Object.hasOwn(b.progress, id) ? b.progress[id] : undefined;
          expect(m.progress[id]?.plays).toBe(Math.max(p?.plays ?? 0, q?.plays ?? 0));
          expect(m.progress[id]?.best).toBe(Math.max(p?.best ?? 0, q?.best ?? 0));
        }
        // The other tab's settings are the newer ones.
        expect(m.settings).toEqual(b.settings);
        // Every play of either tab is in the history once, oldest first.
        const key = (p: Play) => JSON.stringify(p);
        expect(new Set(m.history.map(key))).toEqual(new Set([...a.history, ...b.history].map(key)));
        expect(m.history.map((p) => p.at)).toEqual(
          m.history.map((p) => p.at).sort((x, y) => x - y),
        );
        expect(mergeSaves(m, m)).toEqual(m);
        // Merging in the same order twice changes nothing more.
        expect(mergeSaves(m, b)).toEqual(m);
        expect(parseSave(serialise(m))).toEqual({ ok: true, saved: m, dropped: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('a play recorded in one tab survives a merge with the tab that did not see it', () => {
    fc.assert(
      fc.property(saved, scenarioId, fc.constantFrom(...RUN_OUTCOMES), (s, id, outcome) => {
        const played = play(s, id, outcome, 75);
        expect(mergeSaves(s, played).progress[id]).toEqual(played.progress[id]);
        expect(mergeSaves(played, s).progress[id]?.plays).toBe(played.progress[id]?.plays);
      }),
      { numRuns: 200 },
    );
  });
});

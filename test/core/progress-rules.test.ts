// Save rules the progress tests left unpinned, written against the surviving mutants of
// `npm run mutation` (doc/benchmarks.md). Expected values come from doc/api.md ("Saves") and the
// format's own limits (src/core/schema/save.ts), never from a parse of the same input.
import { describe, expect, it } from 'vitest';
import { emptySave, mergeSaves, parseSave } from '../../src/core';
import { BACKUP_KEY, SAVE_KEY } from '../../src/core/progress';
import { play } from '../support/saves';
import { MAX_SCENARIO_ID_LENGTH } from '../../src/core/schema/save';
import { RUN_OUTCOMES } from '../../src/core/scenario/outcome';

const entry = { plays: 2, best: 80, last: 'completed' };
const save = (progress: Record<string, unknown>, settings: unknown = emptySave().settings) =>
  JSON.stringify({ version: 1, settings, progress });

describe('parseSave', () => {
  it(`keeps a scenario id of exactly ${MAX_SCENARIO_ID_LENGTH} characters, drops one longer`, () => {
    const longest = 'x'.repeat(MAX_SCENARIO_ID_LENGTH);
    const tooLong = 'y'.repeat(MAX_SCENARIO_ID_LENGTH + 1);
    const r = parseSave(save({ [longest]: entry, [tooLong]: entry }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(Object.keys(r.saved.progress)).toEqual([longest]);
    expect(r.dropped.map((d) => (d.kind === 'progress' ? d.id : d.kind))).toEqual([tooLong]);
  });

  it('settings that are not an object are dropped with a message that starts "settings"', () => {
    const r = parseSave(save({ refund: entry }, 5));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.saved.progress).toEqual({ refund: entry });
    expect(r.saved.settings).toEqual(emptySave().settings);
    expect(r.dropped.length).toBeGreaterThan(0);
    for (const d of r.dropped) {
      expect(d.kind).toBe('settings');
      expect(d.problem).toMatch(/^settings\b/);
    }
  });

  it('settings given as a list are not an object either: both fields dropped, each told so', () => {
    // doc/api.md: "settings that are not an object drop every field, each listed".
    const r = parseSave(save({ refund: entry }, []));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.saved.progress).toEqual({ refund: entry });
    expect(r.dropped.map((d) => (d.kind === 'settings' ? d.field : d.kind))).toEqual([
      'policy',
      'region',
    ]);
    for (const d of r.dropped)
      expect(d.problem).toMatch(/^settings: must be the settings, an object\b/);
  });

  it('a setting that cannot be read is named by its path, and only it goes back to its default', () => {
    const policy = parseSave(save({}, { policy: 'lax', region: 'us' }));
    const region = parseSave(save({}, { policy: 'strict', region: 'mars' }));
    if (!policy.ok || !region.ok) throw new Error('both saves are readable');
    expect(policy.saved.settings).toEqual({ policy: emptySave().settings.policy, region: 'us' });
    expect(policy.dropped).toHaveLength(1);
    expect(policy.dropped[0]?.problem).toMatch(/^settings\.policy: must be one of /);
    expect(region.saved.settings).toEqual({
      policy: 'strict',
      region: emptySave().settings.region,
    });
    expect(region.dropped).toHaveLength(1);
    expect(region.dropped[0]?.problem).toMatch(/^settings\.region: must be one of /);
  });

  it('a value that breaks two rules of one field gets one sentence, not two', () => {
    // -1.5 is neither whole nor ≥ 0: the reader needs to hear about the field once.
    const r = parseSave(save({ refund: { ...entry, plays: -1.5 } }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const problem = r.dropped[0]?.problem ?? '';
    expect(problem.match(/plays/g)).toHaveLength(1);
  });

  it('a root problem inside the version is told apart from a broken save', () => {
    expect(parseSave(JSON.stringify({ version: 3, progress: {} }))).toMatchObject({
      ok: false,
      problem: 'unknown-version',
    });
    expect(parseSave(JSON.stringify({ version: 1, progress: 7 }))).toMatchObject({
      ok: false,
      problem: 'invalid',
    });
    expect(parseSave(JSON.stringify([1]))).toMatchObject({ ok: false, problem: 'corrupt' });
  });
});

describe('mergeSaves: the larger play count wins, and its last outcome with it', () => {
  it('keeps the last outcome of the tab that played more, whichever side it is on', () => {
    const more = play(play(emptySave(), 'a', 'completed', 90), 'a', 'safe', 100);
    const fewer = play(emptySave(), 'a', 'locked-out', 10);
    expect(mergeSaves(more, fewer).progress.a).toEqual({ plays: 2, best: 100, last: 'safe' });
    expect(mergeSaves(fewer, more).progress.a).toEqual({ plays: 2, best: 100, last: 'safe' });
  });
});

/**
 * The history of plays (save version 2, doc/api.md "Saved progress"): a
 * version 1 save reads whole with no plays yet; a play that cannot be read
 * costs only itself and is named by its place in the list; the newest 1,000
 * are kept, oldest first.
 */
describe('the history of plays', () => {
  const PLAY = {
    scenario: 'scam-call',
    outcome: 'foiled',
    score: 90,
    flags: { found: 2, there: 3 },
    at: 1_790_000_000_000,
  };
  const v2 = (history: unknown) =>
    JSON.stringify({ version: 2, settings: { policy: 'nist' }, progress: {}, history });

  it('a version 1 save reads whole, as version 2 with no plays yet', () => {
    const progress = { 'new-device': { plays: 3, best: 80, last: 'completed' } };
    expect(
      parseSave(JSON.stringify({ version: 1, settings: { policy: 'nist' }, progress })),
    ).toEqual({
      ok: true,
      saved: { version: 2, settings: { policy: 'nist', region: 'uk' }, progress, history: [] },
      dropped: [],
    });
  });

  it('reads each play, and leaves out only the ones it cannot, naming each', () => {
    const r = parseSave(
      v2([
        PLAY,
        { ...PLAY, outcome: 'won' },
        { ...PLAY, flags: { found: 4, there: 3 } },
        { ...PLAY, at: -1 },
        { ...PLAY, scenario: '' },
        { ...PLAY, flags: null, at: PLAY.at + 1 },
        'a play',
      ]),
    );
    expect(r.ok && r.saved.history).toEqual([PLAY, { ...PLAY, flags: null, at: PLAY.at + 1 }]);
    expect(r.ok && r.dropped).toEqual([
      {
        kind: 'history',
        index: 1,
        problem: `history[1].outcome: must be one of ${RUN_OUTCOMES.join(', ')} (it is "won").`,
      },
      {
        kind: 'history',
        index: 2,
        problem: 'history[2].flags: must not find more flags than there are (it is an object).',
      },
      {
        kind: 'history',
        index: 3,
        problem: 'history[3].at: must be a time in ms from 0 to 8640000000000000 (it is -1).',
      },
      {
        kind: 'history',
        index: 4,
        problem: 'history[4].scenario: must be a scenario id of 1 to 100 characters (it is "").',
      },
      {
        kind: 'history',
        index: 6,
        problem: 'history[6]: must be a play, an object (it is "a play").',
      },
    ]);
  });

  it('flags that are not an object, or null, are named as such', () => {
    const r = parseSave(v2([{ ...PLAY, flags: 5 }]));
    expect(r.ok && r.dropped).toEqual([
      {
        kind: 'history',
        index: 0,
        problem:
          'history[0].flags: must be the flags found and there, an object, or null (it is 5).',
      },
    ]);
  });

  it('is kept where doc/api.md says: under otp-sandbox/v1, its copy under otp-sandbox/v1/backup', () => {
    expect([SAVE_KEY, BACKUP_KEY]).toEqual(['otp-sandbox/v1', 'otp-sandbox/v1/backup']);
  });

  it('a history that is not a list is left out whole, and the rest is kept', () => {
    const r = parseSave(v2({ 0: PLAY }));
    expect(r).toMatchObject({ ok: true, saved: { settings: { policy: 'nist' }, history: [] } });
    expect(r.ok && r.dropped).toEqual([
      {
        kind: 'history',
        index: null,
        problem: 'history: must be a list of plays (it is an object).',
      },
    ]);
  });

  it('keeps the newest 1,000 plays, oldest first', () => {
    let s = emptySave();
    for (let i = 0; i < 1_005; i++) s = play(s, 'refund', 'completed', i % 101);
    expect(s.history).toHaveLength(1_000);
    expect(s.history[0]!.score).toBe(5 % 101);
    expect(s.history.at(-1)!.score).toBe(1_004 % 101);
    expect(s.progress.refund!.plays).toBe(1_005);
    // A save that full still fits the size limit, and reads back whole.
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, saved: s, dropped: [] });
  });
});

// Save rules the progress tests left unpinned, written against the surviving mutants of
// `npm run mutation` (doc/benchmarks.md). Expected values come from doc/api.md ("Saves") and the
// format's own limits (src/core/schema/save.ts), never from a parse of the same input.
import { describe, expect, it } from 'vitest';
import { emptySave, mergeSaves, parseSave, recordPlay } from '../../src/core';
import { MAX_SCENARIO_ID_LENGTH } from '../../src/core/schema/save';

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
    expect(parseSave(JSON.stringify({ version: 2, progress: {} }))).toMatchObject({
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
    const more = recordPlay(recordPlay(emptySave(), 'a', 'completed', 90), 'a', 'safe', 100);
    const fewer = recordPlay(emptySave(), 'a', 'locked-out', 10);
    expect(mergeSaves(more, fewer).progress.a).toEqual({ plays: 2, best: 100, last: 'safe' });
    expect(mergeSaves(fewer, more).progress.a).toEqual({ plays: 2, best: 100, last: 'safe' });
  });
});

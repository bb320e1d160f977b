import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { emptySave, mergeSaves, parseSave, recordPlay, type Saved } from '../../src/core';

describe('saved progress', () => {
  it('round-trips a save', () => {
    const s = recordPlay(
      recordPlay(emptySave(), 'new-device', 'completed', 93),
      'new-device',
      'locked-out',
      40,
    );
    expect(s.progress['new-device']).toEqual({ plays: 2, best: 93, last: 'locked-out' });
    expect(parseSave(JSON.stringify(s))).toEqual({ ok: true, saved: s });
  });

  it('starts fresh with nothing saved', () => {
    expect(parseSave(null)).toEqual({ ok: true, saved: emptySave() });
  });

  it.each([
    ['{not json', 'corrupt'],
    ['[]', 'corrupt'],
    ['null', 'corrupt'],
    ['"text"', 'corrupt'],
    [
      JSON.stringify({ version: 2, settings: { policy: 'retail' }, progress: {} }),
      'unknown-version',
    ],
    [JSON.stringify({ settings: { policy: 'retail' }, progress: {} }), 'unknown-version'],
    [JSON.stringify({ version: 1, settings: { policy: 'lax' }, progress: {} }), 'invalid'],
    [JSON.stringify({ version: 1, settings: { policy: 'retail' }, progress: [] }), 'invalid'],
    [
      JSON.stringify({
        version: 1,
        settings: { policy: 'retail' },
        progress: { x: { plays: -1, best: 5, last: 'safe' } },
      }),
      'invalid',
    ],
    [
      JSON.stringify({
        version: 1,
        settings: { policy: 'retail' },
        progress: { x: { plays: 1, best: 500, last: 'safe' } },
      }),
      'invalid',
    ],
    [
      JSON.stringify({
        version: 1,
        settings: { policy: 'retail' },
        progress: { x: { plays: 1, best: 5, last: 'won' } },
      }),
      'invalid',
    ],
  ])('refuses %s as %s, and gives a fresh save', (text, problem) => {
    expect(parseSave(text)).toEqual({ ok: false, saved: emptySave(), problem });
  });

  it('never throws, whatever the stored text', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        const r = parseSave(text);
        expect(r.saved.version).toBe(1);
      }),
    );
  });

  it('merges two tabs: the larger play count and the better score win', () => {
    const base = recordPlay(emptySave(), 'a', 'completed', 50);
    const tab1: Saved = recordPlay(base, 'a', 'completed', 90);
    const tab2: Saved = recordPlay(recordPlay(base, 'b', 'safe', 100), 'b', 'safe', 70);
    const merged = mergeSaves(tab1, tab2);
    expect(merged.progress.a).toEqual({ plays: 2, best: 90, last: 'completed' });
    expect(merged.progress.b).toEqual({ plays: 2, best: 100, last: 'safe' });
  });
});

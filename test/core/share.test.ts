import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRESET_IDS } from '../../src/core/policy';
import { ENDINGS } from '../../src/core/scam/types';
import { loadScenario } from '../../src/core/scenario/library';
import { SCENARIO_IDS } from '../support/builtins';
import {
  MAX_SEED,
  SHARE_ENDINGS,
  TARGET_PROFILES,
  checkShare,
  formatShare,
  parseShare,
} from '../../src/core/share';
import type { ShareLink, ShareResult } from '../../src/core/share';

function errorOf(result: ShareResult): string {
  return result.ok ? 'ok' : result.error;
}

describe('share links: reading', () => {
  it('reads a full presenter link', () => {
    expect(parseShare('#/present/scam-call?policy=nist&seed=42&ending=foiled&beat=3')).toEqual({
      ok: true,
      link: {
        mode: 'present',
        scenarioId: 'scam-call',
        policy: 'nist',
        seed: 42,
        ending: 'foiled',
        beat: 3,
      },
    });
  });

  it('fills missing parameters with their defaults, and takes them in any order', () => {
    expect(parseShare('#/both/scam-call')).toEqual({
      ok: true,
      link: {
        mode: 'both',
        scenarioId: 'scam-call',
        policy: 'retail',
        seed: 1,
        ending: 'taken-over',
        beat: 0,
      },
    });
    const a = parseShare('#/both/scam-call?beat=2&seed=9&policy=weak&ending=foiled');
    const b = parseShare('#/both/scam-call?policy=weak&seed=9&ending=foiled&beat=2');
    expect(a).toEqual(b);
    expect(parseShare('#/attack/scam-call?profile=cautious&seed=5')).toEqual({
      ok: true,
      link: {
        mode: 'attack',
        scenarioId: 'scam-call',
        policy: 'retail',
        seed: 5,
        profile: 'cautious',
      },
    });
  });

  it('knows the same endings as the demos', () => {
    expect(SHARE_ENDINGS).toEqual(ENDINGS);
  });

  it('keeps the learner’s own play links as they were', () => {
    expect(parseShare('#/play/new-device')).toEqual({
      ok: true,
      link: { mode: 'play', scenarioId: 'new-device' },
    });
  });

  it.each([
    ['', 'malformed', ''],
    ['#/', 'malformed', '#/'],
    ['#/present', 'malformed', '#/present'],
    ['#/present/scam-call/extra', 'malformed', '#/present/scam-call/extra'],
    ['#/present/%E0%A4%A', 'malformed', '#/present/%E0%A4%A'],
    ['#/present/scam-call?seed=1&seed=2', 'malformed', 'seed=2'],
    ['#/present/scam-call?=3', 'malformed', '=3'],
    ['#/watch/scam-call', 'unknown-mode', 'watch'],
    ['#/present/no-such-scam', 'unknown-scenario', 'no-such-scam'],
    ['#/present/scam-call?colour=red', 'unknown-parameter', 'colour'],
    ['#/present/scam-call?profile=trusting', 'unknown-parameter', 'profile'],
    ['#/attack/scam-call?beat=2', 'unknown-parameter', 'beat'],
    ['#/play/scam-call?seed=2', 'unknown-parameter', 'seed'],
    ['#/present/scam-call?policy=lenient', 'unknown-policy', 'lenient'],
    ['#/present/scam-call?ending=happy', 'unknown-ending', 'happy'],
    ['#/attack/scam-call?profile=gullible', 'unknown-profile', 'gullible'],
    ['#/present/scam-call?seed=1.5', 'seed-not-integer', '1.5'],
    ['#/present/scam-call?seed=abc', 'seed-not-integer', 'abc'],
    ['#/present/scam-call?seed=', 'seed-not-integer', ''],
    ['#/present/scam-call?seed=1e3', 'seed-not-integer', '1e3'],
    ['#/present/scam-call?seed=0', 'seed-out-of-range', '0'],
    ['#/present/scam-call?seed=2147483648', 'seed-out-of-range', '2147483648'],
    ['#/present/scam-call?beat=two', 'beat-not-integer', 'two'],
    ['#/present/scam-call?beat=-1', 'beat-out-of-range', '-1'],
  ])('%j is %s (%s)', (hash, error, detail) => {
    expect(parseShare(hash)).toEqual({ ok: false, error, detail });
  });

  it('checks the beat against the loaded scenario’s demo: a beat past its end is stale', async () => {
    const scenario = await loadScenario('scam-call');
    const steps = scenario.demo!.foiled.length;
    const last = `#/present/scam-call?ending=foiled&beat=${steps}`;
    expect(errorOf(parseShare(last, scenario))).toBe('ok');
    expect(parseShare(`#/present/scam-call?ending=foiled&beat=${steps + 1}`, scenario)).toEqual({
      ok: false,
      error: 'beat-out-of-range',
      detail: String(steps + 1),
    });
    // Without the scenario, only the syntax is checked.
    expect(errorOf(parseShare(`#/present/scam-call?beat=${steps + 1}`))).toBe('ok');
  });

  it('refuses a demo or the attacker’s seat for a scenario that is not a scam', async () => {
    const scenario = await loadScenario('new-device');
    for (const mode of ['present', 'both', 'attack']) {
      expect(parseShare(`#/${mode}/new-device`, scenario)).toEqual({
        ok: false,
        error: 'not-a-scam',
        detail: 'new-device',
      });
    }
    expect(errorOf(parseShare('#/play/new-device', scenario))).toBe('ok');
  });

  it('a scenario other than the link’s is never taken as its check', async () => {
    const other = await loadScenario('scam-call');
    const link: ShareLink = {
      mode: 'present',
      scenarioId: 'new-device',
      policy: 'retail',
      seed: 1,
      ending: 'foiled',
      beat: 0,
    };
    expect(errorOf(checkShare(link, other))).toBe('unknown-scenario');
  });
});

const scenarioIds = fc.constantFrom(...SCENARIO_IDS);
const policies = fc.constantFrom(...PRESET_IDS);
const seeds = fc.integer({ min: 1, max: MAX_SEED });
const links: fc.Arbitrary<ShareLink> = fc.oneof(
  fc.record({ mode: fc.constant('play' as const), scenarioId: scenarioIds }),
  fc.record({
    mode: fc.constantFrom('both' as const, 'present' as const),
    scenarioId: scenarioIds,
    policy: policies,
    seed: seeds,
    ending: fc.constantFrom(...ENDINGS),
    beat: fc.nat({ max: 10_000 }),
  }),
  fc.record({
    mode: fc.constant('attack' as const),
    scenarioId: scenarioIds,
    policy: policies,
    seed: seeds,
    profile: fc.constantFrom(...TARGET_PROFILES),
  }),
);

describe('share links: properties', () => {
  it('formatting then reading gives the same link back', () => {
    fc.assert(
      fc.property(links, (link) => {
        expect(parseShare(formatShare(link))).toEqual({ ok: true, link });
      }),
      { numRuns: 1000 },
    );
  }, 30_000);

  it('a link that reads back is written the same way again (one form per link)', () => {
    fc.assert(
      fc.property(links, (link) => {
        const hash = formatShare(link);
        const again = parseShare(hash);
        expect(again.ok && formatShare(again.link)).toBe(hash);
      }),
    );
  });

  it('any string is read without throwing, to a link or a named error', () => {
    const anything = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 80 }),
      fc
        .tuple(
          fc.constantFrom('#/', '#', '', '#/present/', '#/both/scam-call?', '#/attack/scam-call?'),
          fc.string({ maxLength: 60 }),
        )
        .map(([a, b]) => a + b),
      links.chain((link) => fc.string({ maxLength: 12 }).map((noise) => formatShare(link) + noise)),
    );
    fc.assert(
      fc.property(anything, (hash) => {
        const result = parseShare(hash);
        if (result.ok) expect(parseShare(formatShare(result.link))).toEqual(result);
        else expect(typeof result.detail).toBe('string');
      }),
      { numRuns: 1500 },
    );
  }, 30_000);

  it('an edited parameter is either read as written or refused, never silently changed', () => {
    fc.assert(
      fc.property(links, fc.string({ maxLength: 8 }), (link, value) => {
        if (link.mode === 'play') return;
        const hash = formatShare(link).replace(/seed=\d+/, `seed=${encodeURIComponent(value)}`);
        const result = parseShare(hash);
        if (result.ok && result.link.mode !== 'play') {
          expect(String(result.link.seed)).toBe(String(Number(value)));
        } else expect(result.ok).toBe(false);
      }),
    );
  });
});

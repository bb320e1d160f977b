import { DEFAULT_PRESET, PRESET_IDS } from './policy';
import type { PresetId } from './policy';
import type { Ending } from './scam/demo';
import { MAX_SEED } from './random';
export { MAX_SEED } from './random';
import { TARGET_PROFILES } from './scam/profiles';
import type { TargetProfile } from './scam/profiles';
import { isScenarioId } from './scenario/library';
import type { ScenarioId } from './scenario/library';
import type { Scenario } from './scenario/types';

/**
 * Share links: a hash a trainer can send, which opens the same run at the
 * same beat. The format (see doc/api.md, "Share links"):
 *
 *   #/<mode>/<scenarioId>?policy=<preset>&seed=<n>&ending=<ending>&beat=<n>
 *   #/attack/<scenarioId>?policy=<preset>&seed=<n>&profile=<profile>
 *   #/play/<scenarioId>
 *
 * Parsing never throws: a link either parses to a `ShareLink` or to a named
 * `ShareError` the picker explains. Missing parameters take their defaults,
 * so `#/present/scam-call` is a valid link; `formatShare` always writes
 * every parameter of its mode, so a copied link does not depend on defaults.
 */

/** What a link opens: the learner's own play, both sides at once, the presenter, the attacker's seat. */
export type ShareMode = 'play' | 'both' | 'present' | 'attack';
export const SHARE_MODES: readonly ShareMode[] = ['play', 'both', 'present', 'attack'];

export { TARGET_PROFILES } from './scam/profiles';
export type { TargetProfile } from './scam/profiles';

/** The learner plays the scenario themselves: a fresh random run, their own policy. */
export interface PlayLink {
  mode: 'play';
  scenarioId: ScenarioId;
}

/** A scam demo, both sides or presented: the run after `beat` steps of the `ending`'s demo. */
export interface DemoLink {
  mode: 'both' | 'present';
  scenarioId: ScenarioId;
  policy: PresetId;
  seed: number;
  ending: Ending;
  /** How many demo steps have been played (0: none yet). */
  beat: number;
}

/** The attacker's seat, against a target of the given profile. */
export interface AttackLink {
  mode: 'attack';
  scenarioId: ScenarioId;
  policy: PresetId;
  seed: number;
  profile: TargetProfile;
}

export type ShareLink = PlayLink | DemoLink | AttackLink;

export type ShareError =
  | 'malformed'
  | 'unknown-mode'
  | 'unknown-scenario'
  | 'unknown-parameter'
  | 'unknown-policy'
  | 'unknown-ending'
  | 'unknown-profile'
  | 'seed-not-integer'
  | 'seed-out-of-range'
  | 'beat-not-integer'
  | 'beat-out-of-range'
  /** The mode needs a scam scenario (a demo, an attacker) and this one is not. */
  | 'not-a-scam';

export type ShareResult<T extends ShareLink = ShareLink> =
  | { ok: true; link: T }
  | {
      ok: false;
      error: ShareError;
      /** The offending part of the link, as written (for the notice). */
      detail: string;
    };

/** The demo endings (as `ENDINGS` in scam/demo.ts, which this small module does not load). */
export const SHARE_ENDINGS: readonly Ending[] = ['foiled', 'taken-over'];

export const DEFAULT_SEED = 1;
export const DEFAULT_ENDING: Ending = 'taken-over';
export const DEFAULT_PROFILE: TargetProfile = 'hurried';

/** The parameters each mode takes, in the order `formatShare` writes them. */
const PARAMS: Record<ShareMode, readonly string[]> = {
  play: [],
  both: ['policy', 'seed', 'ending', 'beat'],
  present: ['policy', 'seed', 'ending', 'beat'],
  attack: ['policy', 'seed', 'profile'],
};

const LINK = /^#\/([^/?#]+)\/([^/?#]+)(?:\?([^#]*))?$/;

function fail(error: ShareError, detail: string): ShareResult<never> {
  return { ok: false, error, detail };
}

function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function includes<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value);
}

/** A whole number written in plain decimal digits (an optional minus), or null. */
function integer(text: string): number | null {
  if (!/^-?\d{1,15}$/.test(text)) return null;
  return Number(text);
}

/**
 * Reads a location hash. With `scenario` (the loaded scenario the link
 * names), it also checks the parts only the scenario can judge: whether
 * it is a scam, and whether `beat` is within its demo.
 */
export function parseShare(hash: string, scenario?: Scenario): ShareResult {
  const match = LINK.exec(hash);
  if (!match) return fail('malformed', hash);
  const mode = decode(match[1] ?? '');
  const id = decode(match[2] ?? '');
  if (mode === null || id === null) return fail('malformed', hash);
  if (!includes(SHARE_MODES, mode)) return fail('unknown-mode', mode);
  if (!isScenarioId(id)) return fail('unknown-scenario', id);

  const params = new Map<string, string>();
  const query = match[3] ?? '';
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null || key === '' || params.has(key)) {
      return fail('malformed', pair);
    }
    if (!PARAMS[mode].includes(key)) return fail('unknown-parameter', key);
    params.set(key, value);
  }

  if (mode === 'play') return checkShare({ mode, scenarioId: id }, scenario);

  const policy = params.get('policy') ?? DEFAULT_PRESET;
  if (!includes(PRESET_IDS, policy)) return fail('unknown-policy', policy);
  const seedText = params.get('seed');
  const seed = seedText === undefined ? DEFAULT_SEED : integer(seedText);
  if (seed === null) return fail('seed-not-integer', seedText ?? '');
  if (seed < 1 || seed > MAX_SEED) return fail('seed-out-of-range', String(seedText));

  if (mode === 'attack') {
    const profile = params.get('profile') ?? DEFAULT_PROFILE;
    if (!includes(TARGET_PROFILES, profile)) return fail('unknown-profile', profile);
    return checkShare({ mode, scenarioId: id, policy, seed, profile }, scenario);
  }

  const ending = params.get('ending') ?? DEFAULT_ENDING;
  if (!includes(SHARE_ENDINGS, ending)) return fail('unknown-ending', ending);
  const beatText = params.get('beat');
  const beat = beatText === undefined ? 0 : integer(beatText);
  if (beat === null) return fail('beat-not-integer', beatText ?? '');
  if (beat < 0) return fail('beat-out-of-range', String(beatText));
  return checkShare({ mode, scenarioId: id, policy, seed, ending, beat }, scenario);
}

/**
 * Checks a parsed link against its scenario: a demo or attacker mode needs
 * a scam scenario, and a beat past the end of the demo is stale (the
 * scenario's demo changed since the link was made). Without a scenario,
 * the link passes as it is.
 */
export function checkShare<T extends ShareLink>(link: T, scenario?: Scenario): ShareResult<T> {
  if (!scenario || link.mode === 'play') return { ok: true, link };
  if (scenario.id !== link.scenarioId) return fail('unknown-scenario', link.scenarioId);
  if (scenario.flow !== 'scam' || !scenario.attacker) return fail('not-a-scam', link.scenarioId);
  if (link.mode === 'attack') return { ok: true, link };
  const steps = scenario.demo?.[link.ending];
  if (!steps) return fail('not-a-scam', link.scenarioId);
  if (link.beat > steps.length) return fail('beat-out-of-range', String(link.beat));
  return { ok: true, link };
}

/** The hash of a link: every parameter of its mode, in a fixed order. */
export function formatShare(link: ShareLink): string {
  const path = `#/${link.mode}/${encodeURIComponent(link.scenarioId)}`;
  const values: Record<string, string | number> = { ...link };
  const query = PARAMS[link.mode].map((key) => `${key}=${encodeURIComponent(String(values[key]))}`);
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

import * as v from 'valibot';
import type { PresetId } from './presets';
import type { Ending } from './scam/demo';
import type { TargetProfile } from './scam/profiles';
import type { Scenario } from './scenario/types';
import { byteLength, clip } from './schema/json';
import { MAX_SHARE_BYTES, SHARE_ERRORS, SHARE_PARAMS, ShareTargetSchema } from './schema/share';
import type { ShareError, ShareMode } from './schema/share';

export { MAX_SEED } from './seed';
export {
  DEFAULT_ENDING,
  DEFAULT_PROFILE,
  DEFAULT_SEED,
  MAX_BEAT,
  MAX_SHARE_BYTES,
  SHARE_ENDINGS,
  SHARE_ERRORS,
  SHARE_MODES,
} from './schema/share';
export type { ShareError, ShareMode } from './schema/share';

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

export { TARGET_PROFILES } from './scam/profiles';
export type { TargetProfile } from './scam/profiles';

/**
 * Links name a built-in scenario by default; `Id` is `string` for a
 * trainer's own scenario (`own`), whose links are `#/mine/<mode>/<id>…`
 * and open only in the browser that keeps it (see src/core/own.ts).
 */

/** The learner plays the scenario themselves: a fresh random run, their own policy. */
export interface PlayLink<Id extends string = string> {
  mode: 'play';
  scenarioId: Id;
  own?: true;
}

/** A scam demo, both sides or presented: the run after `beat` steps of the `ending`'s demo. */
export interface DemoLink<Id extends string = string> {
  mode: 'both' | 'present' | 'audience';
  scenarioId: Id;
  policy: PresetId;
  seed: number;
  ending: Ending;
  /** How many demo steps have been played (0: none yet). */
  beat: number;
  own?: true;
}

/** The attacker's seat, against a target of the given profile. */
export interface AttackLink<Id extends string = string> {
  mode: 'attack';
  scenarioId: Id;
  policy: PresetId;
  seed: number;
  profile: TargetProfile;
  own?: true;
}

export type ShareLink<Id extends string = string> = PlayLink<Id> | DemoLink<Id> | AttackLink<Id>;

export type ShareResult<T extends ShareLink<string> = ShareLink> =
  | { ok: true; link: T }
  | {
      ok: false;
      error: ShareError;
      /** The offending part of the link, as written (for the notice). */
      detail: string;
    };

/** The parameters each mode takes, in the order `formatShare` writes them. */
const PARAMS: Record<ShareMode, readonly string[]> = {
  play: [],
  both: ['policy', 'seed', 'ending', 'beat'],
  present: ['policy', 'seed', 'ending', 'beat'],
  audience: ['policy', 'seed', 'ending', 'beat'],
  attack: ['policy', 'seed', 'profile'],
};

const LINK = /^#\/([^/?#]+)\/([^/?#]+)(?:\?([^#]*))?$/;

/** A refusal; the detail (the part as written) is cut short for the notice. */
function fail(error: ShareError, detail: string): ShareResult<never> {
  return { ok: false, error, detail: clip(detail, 80) };
}

/** One percent-encoded part of a link, or null when it is not valid percent-encoding. */
export function decode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** The first problem valibot found, as the ShareError its message names and the part as written. */
function refusal(issue: v.BaseIssue<unknown>, raw: Record<string, string>): ShareResult<never> {
  const error = SHARE_ERRORS.find((e) => e === issue.message) ?? 'malformed';
  const key = String(issue.path?.[0]?.key ?? '');
  // An unknown parameter is named by its key; a bad value is shown as written.
  return fail(error, issue.expected === 'never' ? key : (raw[key] ?? String(issue.input)));
}

/**
 * Reads a location hash. With `scenario` (the loaded scenario the link
 * names), it also checks the parts only the scenario can judge: whether
 * it is a scam, and whether `beat` is within its demo.
 */
export function parseShare(hash: string, scenario?: Scenario): ShareResult {
  const bytes = byteLength(hash);
  if (bytes > MAX_SHARE_BYTES) return fail('too-long', String(bytes));
  const match = LINK.exec(hash);
  if (!match) return fail('malformed', hash);
  const mode = decode(match[1] ?? '');
  const id = decode(match[2] ?? '');
  if (mode === null || id === null) return fail('malformed', hash);
  const target = v.safeParse(ShareTargetSchema, { mode, scenarioId: id }, { abortEarly: true });
  if (!target.success) return refusal(target.issues[0], { mode, scenarioId: id });
  return parseParams(target.output.mode, target.output.scenarioId, match[3] ?? '', scenario);
}

/**
 * The rest of a link after its mode and scenario: the parameters after `?`
 * (`query`), each checked, and with `scenario` what only it can judge.
 */
export function parseParams<Id extends string>(
  mode: ShareMode,
  scenarioId: Id,
  query: string,
  scenario?: Scenario,
): ShareResult<ShareLink<Id>> {
  // No prototype: a parameter called `__proto__` or `constructor` is only a name.
  const raw: Record<string, string> = Object.create(null);
  for (const pair of query === '' ? [] : query.split('&')) {
    const eq = pair.indexOf('=');
    const key = decode(eq < 0 ? pair : pair.slice(0, eq));
    const value = decode(eq < 0 ? '' : pair.slice(eq + 1));
    if (key === null || value === null || key === '' || key in raw) {
      return fail('malformed', pair);
    }
    raw[key] = value;
  }

  const options = { abortEarly: true } as const;
  switch (mode) {
    case 'play': {
      const params = v.safeParse(SHARE_PARAMS.play, raw, options);
      if (!params.success) return refusal(params.issues[0], raw);
      return checkShare({ mode: 'play', scenarioId }, scenario);
    }
    case 'attack': {
      const params = v.safeParse(SHARE_PARAMS.attack, raw, options);
      if (!params.success) return refusal(params.issues[0], raw);
      return checkShare({ mode: 'attack', scenarioId, ...params.output }, scenario);
    }
    default: {
      const params = v.safeParse(SHARE_PARAMS[mode], raw, options);
      if (!params.success) return refusal(params.issues[0], raw);
      return checkShare({ mode, scenarioId, ...params.output }, scenario);
    }
  }
}

/**
 * Checks a parsed link against its scenario: a demo or attacker mode needs
 * a scam scenario, and a beat past the end of the demo is stale (the
 * scenario's demo changed since the link was made). Without a scenario,
 * the link passes as it is.
 */
export function checkShare<T extends ShareLink<string>>(
  link: T,
  scenario?: Scenario,
): ShareResult<T> {
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
export function formatShare(link: ShareLink<string>): string {
  const path = `#/${link.own ? 'mine/' : ''}${link.mode}/${encodeURIComponent(link.scenarioId)}`;
  const values: Record<string, string | number | boolean> = { ...link };
  const query = PARAMS[link.mode].map((key) => `${key}=${encodeURIComponent(String(values[key]))}`);
  return query.length === 0 ? path : `${path}?${query.join('&')}`;
}

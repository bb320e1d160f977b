import * as v from 'valibot';
import { DEFAULT_PRESET, PRESET_IDS } from '../presets';
import type { Ending } from '../scam/demo';
import { TARGET_PROFILES } from '../scam/profiles';
import type { TargetProfile } from '../scam/profiles';
import { isBuiltInScenario } from '../scenario/library';
import { MAX_SEED } from '../seed';

/**
 * The share-link format (see doc/api.md, "Share links") as valibot schemas:
 * one per mode for the parameters after `?`. Every message is the
 * `ShareError` the picker explains; parameters are strict, so one another
 * mode takes (or no mode takes) is an error, never ignored.
 */

/**
 * What a link opens: the learner's own play, both sides at once, the
 * presenter, the audience window of a presenter's (the stage alone), the
 * attacker's seat.
 */
export type ShareMode = 'play' | 'both' | 'present' | 'audience' | 'attack';
export const SHARE_MODES: readonly ShareMode[] = ['play', 'both', 'present', 'audience', 'attack'];

/** Why a link could not open; each is the message of the schema that refuses it. */
export const SHARE_ERRORS = [
  'malformed',
  /** Longer than MAX_SHARE_BYTES: no link the sandbox writes comes near it. */
  'too-long',
  'unknown-mode',
  'unknown-scenario',
  'unknown-parameter',
  'unknown-policy',
  'unknown-ending',
  'unknown-profile',
  'seed-not-integer',
  'seed-out-of-range',
  'beat-not-integer',
  'beat-out-of-range',
  /** The mode needs a scam scenario (a demo, an attacker) and this one is not. */
  'not-a-scam',
  /** A round of "Real or scam?" names a trainer's scenario this browser does not keep. */
  'not-kept',
  /** A round of "Real or scam?" names a trainer's scenario that has no situations. */
  'no-situations',
] as const;
export type ShareError = (typeof SHARE_ERRORS)[number];

/** The mode and the scenario, the two parts of the path. */
export const ShareTargetSchema = v.object({
  mode: v.picklist(SHARE_MODES, 'unknown-mode'),
  scenarioId: v.pipe(v.string('unknown-scenario'), v.check(isBuiltInScenario, 'unknown-scenario')),
});

/** The demo endings (as `ENDINGS` in scam/demo.ts, which this small module does not load). */
export const SHARE_ENDINGS: readonly Ending[] = ['foiled', 'taken-over'];

export const DEFAULT_SEED = 1;
export const DEFAULT_ENDING: Ending = 'taken-over';
export const DEFAULT_PROFILE: TargetProfile = 'hurried';
/** The longest demo has a few dozen steps; a beat past this is never valid. */
export const MAX_BEAT = 10_000;
/** The longest link the sandbox writes is under 150 bytes. */
export const MAX_SHARE_BYTES = 2_000;

/** A whole number written in plain decimal digits (an optional minus), within a range. */
function integerText(notInteger: ShareError, outOfRange: ShareError, min: number, max: number) {
  return v.pipe(
    v.string(notInteger),
    v.regex(/^-?\d{1,15}$/, notInteger),
    v.transform(Number),
    v.minValue(min, outOfRange),
    v.maxValue(max, outOfRange),
  );
}

const policy = v.optional(v.picklist(PRESET_IDS, 'unknown-policy'), DEFAULT_PRESET);
const seed = v.optional(
  integerText('seed-not-integer', 'seed-out-of-range', 1, MAX_SEED),
  String(DEFAULT_SEED),
);
const demo = v.strictObject(
  {
    policy,
    seed,
    ending: v.optional(v.picklist(SHARE_ENDINGS, 'unknown-ending'), DEFAULT_ENDING),
    beat: v.optional(integerText('beat-not-integer', 'beat-out-of-range', 0, MAX_BEAT), '0'),
  },
  'unknown-parameter',
);

/** The parameters of each mode, in the order `formatShare` writes them. */
export const SHARE_PARAMS = {
  play: v.strictObject({}, 'unknown-parameter'),
  both: demo,
  present: demo,
  audience: demo,
  attack: v.strictObject(
    {
      policy,
      seed,
      profile: v.optional(v.picklist(TARGET_PROFILES, 'unknown-profile'), DEFAULT_PROFILE),
    },
    'unknown-parameter',
  ),
};

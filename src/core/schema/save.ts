import * as v from 'valibot';
import { PRESET_IDS } from '../presets';
import { REGIONS } from '../region';
import { RUN_OUTCOMES } from '../scenario/outcome';
import { isPlainObject, objectMessage } from './issues';

/**
 * The save format (version 1), as valibot schemas. The parser (progress.ts)
 * reads it part by part, so one bad part never costs the good ones: the
 * root must hold `version: 1` and a `progress` object; `settings` and each
 * scenario's entry are checked on their own. Fields a save does not have
 * are ignored (objects are not strict here): a save is only ever written
 * by this sandbox, and an extra field is never a reason to lose progress.
 */

/** Version 2 added `history`, the list of plays; a version 1 save is read as one with none yet. */
export const SAVE_VERSION = 2;
/** The versions a save may have: each older one is read and written back as the newest. */
export const SAVE_VERSIONS = [1, 2] as const;
/**
 * Larger saves are refused before parsing. A save with the most plays it
 * keeps (MAX_HISTORY) is about 110,000 bytes; one without is about 2,000.
 */
export const MAX_SAVE_BYTES = 500_000;
/** A save nests 4 levels deep (root, history, a play, its flags); deeper is not a save. */
export const MAX_SAVE_DEPTH = 8;
/** The plays a save keeps (My results): the newest, the older ones dropped as new ones come. */
export const MAX_HISTORY = 1_000;
/** The most red flags one scenario could have. */
export const MAX_FLAGS = 1_000;
/** The latest time a play may have: the last moment JavaScript dates can show, in ms. */
export const MAX_PLAY_TIME = 8_640_000_000_000_000;
export const MAX_PLAYS = 1_000_000_000;
/** The longest scenario id a save keeps (the sandbox's own are under 20). */
export const MAX_SCENARIO_ID_LENGTH = 100;

const BEST = 'must be a score from 0 to 100';

/** A whole number from 0 to `max`; every refusal says so. */
function upTo(max: number, message = `must be a whole number from 0 to ${max}`) {
  return v.pipe(
    v.number(message),
    v.integer(message),
    v.minValue(0, message),
    v.maxValue(max, message),
  );
}
const score = v.pipe(v.number(BEST), v.minValue(0, BEST), v.maxValue(100, BEST));
const outcome = v.picklist(RUN_OUTCOMES, `must be one of ${RUN_OUTCOMES.join(', ')}`);

export const PolicySchema = v.picklist(PRESET_IDS, `must be one of ${PRESET_IDS.join(', ')}`);
export const RegionSchema = v.picklist(REGIONS, `must be one of ${REGIONS.join(', ')}`);

/** The settings object itself; each field inside is read on its own (see `SETTING_SCHEMAS`). */
export const SettingsObjectSchema = v.custom<Record<string, unknown>>(
  isPlainObject,
  'must be the settings, an object',
);

/**
 * Each setting, read on its own so that one bad value costs only itself:
 * a corrupt `region` keeps the `policy`, and the other way round. A missing
 * `region` (a save from before the setting) is not a problem: it reads as
 * `DEFAULT_REGION`.
 */
export const SETTING_SCHEMAS = {
  policy: v.object({ policy: PolicySchema }, objectMessage('the settings')),
  region: v.object({ region: v.optional(RegionSchema) }, objectMessage('the settings')),
} as const;
export type SettingField = keyof typeof SETTING_SCHEMAS;

export const ProgressEntrySchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a scenario’s progress, an object'),
  v.object(
    {
      plays: upTo(MAX_PLAYS),
      best: score,
      last: outcome,
    },
    objectMessage('a scenario’s progress'),
  ),
);

/** The root: a known version and a progress object; the parts inside are read one by one. */
export const SaveRootSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a save, an object'),
  v.object(
    {
      version: v.picklist(
        SAVE_VERSIONS,
        `must be ${SAVE_VERSIONS.join(' or ')}, a save version this sandbox reads`,
      ),
      settings: v.optional(v.unknown()),
      history: v.optional(v.unknown()),
      progress: v.custom<Record<string, unknown>>(
        isPlainObject,
        'must be an object of scenario progress',
      ),
    },
    objectMessage('a save'),
  ),
);

/** The settings a save holds, once read (each field as `SETTING_SCHEMAS` checks it). */
export interface Settings {
  policy: v.InferOutput<typeof PolicySchema>;
  region: v.InferOutput<typeof RegionSchema>;
}
export type ScenarioProgress = v.InferOutput<typeof ProgressEntrySchema>;

const count = upTo(MAX_FLAGS);
const ID = `must be a scenario id of 1 to ${MAX_SCENARIO_ID_LENGTH} characters`;

/** The history itself: a list, read play by play (one bad play costs only itself). */
export const HistorySchema = v.custom<unknown[]>(Array.isArray, 'must be a list of plays');

/** One finished play, as My results lists it. */
export const PlaySchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a play, an object'),
  v.object(
    {
      scenario: v.pipe(v.string(ID), v.minLength(1, ID), v.maxLength(MAX_SCENARIO_ID_LENGTH, ID)),
      outcome,
      score,
      /** The red flags found of those there were; null in a scenario without any. */
      flags: v.nullable(
        v.pipe(
          v.custom<Record<string, unknown>>(
            isPlainObject,
            'must be the flags found and there, an object, or null',
          ),
          v.object({ found: count, there: count }, objectMessage('the flags')),
          v.check(({ found, there }) => found <= there, 'must not find more flags than there are'),
        ),
      ),
      /** When the play ended, in ms since 1970 (the browser's clock, not the simulated one). */
      at: upTo(MAX_PLAY_TIME, `must be a time in ms from 0 to ${MAX_PLAY_TIME}`),
    },
    objectMessage('a play'),
  ),
);
export type Play = v.InferOutput<typeof PlaySchema>;

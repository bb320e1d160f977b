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

export const SAVE_VERSION = 1;
/** Larger saves are refused before parsing (a real save is about 2,000 bytes). */
export const MAX_SAVE_BYTES = 100_000;
/** A save nests 4 levels deep (root, progress, an entry); deeper is not a save. */
export const MAX_SAVE_DEPTH = 8;
export const MAX_PLAYS = 1_000_000_000;
/** The longest scenario id a save keeps (the sandbox's own are under 20). */
export const MAX_SCENARIO_ID_LENGTH = 100;

const PLAYS = `must be a whole number from 0 to ${MAX_PLAYS}`;
const BEST = 'must be a score from 0 to 100';

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
      plays: v.pipe(
        v.number(PLAYS),
        v.integer(PLAYS),
        v.minValue(0, PLAYS),
        v.maxValue(MAX_PLAYS, PLAYS),
      ),
      best: v.pipe(v.number(BEST), v.minValue(0, BEST), v.maxValue(100, BEST)),
      last: v.picklist(RUN_OUTCOMES, `must be one of ${RUN_OUTCOMES.join(', ')}`),
    },
    objectMessage('a scenario’s progress'),
  ),
);

/** The root: a known version and a progress object; the parts inside are read one by one. */
export const SaveRootSchema = v.pipe(
  v.custom<Record<string, unknown>>(isPlainObject, 'must be a save, an object'),
  v.object(
    {
      version: v.literal(
        SAVE_VERSION,
        `must be ${SAVE_VERSION}, the save version this sandbox reads`,
      ),
      settings: v.optional(v.unknown()),
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

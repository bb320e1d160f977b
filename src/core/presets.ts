/**
 * The preset policies' names, and the default, without their settings: the
 * first screen (the save and share-link parsers) needs only these, so it
 * does not load policy.ts. PRESETS in policy.ts must have exactly these keys
 * (a `satisfies` there checks it).
 */
export const PRESET_IDS = ['retail', 'nist', 'strict', 'weak'] as const;
export type PresetId = (typeof PRESET_IDS)[number];
export const DEFAULT_PRESET: PresetId = 'retail';

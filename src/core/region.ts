/**
 * Where the learner lives, for the one thing that depends on it: where to
 * report a scam (the debrief's advice). The save and the settings dialog
 * need only these names, so this module imports nothing.
 *
 * A save from before the region setting has none: it reads as `uk`, the
 * sandbox's own setting (its shop prices in pounds and texts from UK
 * numbers). The debrief names the region it advises for and says where to
 * change it, so a learner elsewhere is one click from their own advice.
 */
export const REGIONS = ['uk', 'us', 'elsewhere'] as const;
export type Region = (typeof REGIONS)[number];
export const DEFAULT_REGION: Region = 'uk';
